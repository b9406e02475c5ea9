package org.careflow.notification.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;

import org.springframework.stereotype.Component;

/**
 * POSTs one delivery: JSON, signed, without following redirects (a redirect could lead
 * into the clinic's network), within {@code careflow.webhooks.timeout}.
 */
@Component
class WebhookSender {

	private final HttpClient http;

	private final WebhookProperties properties;

	private final TargetAddress.Resolver resolver;

	private final Clock clock;

	WebhookSender(WebhookProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		this.resolver = TargetAddress.Resolver.DNS;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * @return the receiver's status code
	 */
	Outcome send(Subscription subscription, PendingDelivery delivery) {
		URI target;
		try {
			// again at each delivery: the name may point elsewhere since it was checked
			target = TargetAddress.check(subscription.url(), this.properties.allowLoopback(), this.resolver);
		}
		catch (TargetAddress.TargetRefusedException ex) {
			return Outcome.failed("target refused: the URL " + ex.getMessage());
		}
		long now = this.clock.instant().getEpochSecond();
		HttpRequest request = HttpRequest.newBuilder(target)
			.timeout(this.properties.timeout())
			.header("Content-Type", "application/json")
			.header("User-Agent", "CareFlow-Webhooks/1")
			.header("CareFlow-Event-Id", delivery.eventId())
			.header("CareFlow-Event-Type", delivery.type())
			.header("CareFlow-Delivery-Id", delivery.id())
			.header(WebhookSignature.HEADER, WebhookSignature.header(subscription.secret(), now, delivery.body()))
			.POST(HttpRequest.BodyPublishers.ofString(delivery.body()))
			.build();
		try {
			int status = this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			return (status >= 200 && status < 300) ? Outcome.delivered(status) : Outcome.answered(status);
		}
		catch (HttpConnectTimeoutException ex) {
			return Outcome.failed("connect timed out");
		}
		catch (HttpTimeoutException ex) {
			return Outcome.failed("timed out");
		}
		catch (IOException ex) {
			return Outcome.failed("connection failed: " + ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Outcome.failed("interrupted");
		}
	}

	/** How one attempt went: delivered (2xx), answered otherwise, or no answer at all. */
	record Outcome(boolean delivered, Integer httpStatus, String error) {

		static Outcome delivered(int status) {
			return new Outcome(true, status, null);
		}

		static Outcome answered(int status) {
			return new Outcome(false, status, "answered " + status);
		}

		static Outcome failed(String error) {
			return new Outcome(false, null, error);
		}

	}

}
