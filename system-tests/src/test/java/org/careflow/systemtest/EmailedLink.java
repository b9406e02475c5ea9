package org.careflow.systemtest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careflow.localstack.EmailVerificationLinks;

/**
 * An action link as a patient finds it in an email and follows it in a browser: no token,
 * a GET for the page and a form POST for its button.
 */
record EmailedLink(String url) {

	private static final Pattern LINK = Pattern.compile("https?://\\S+/links/([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/**
	 * The link for {@code action} ({@code cancel}, {@code reschedule},
	 * {@code accept-offer}) in the first email body that mentions {@code mentioning}.
	 */
	static Optional<EmailedLink> find(List<String> bodies, String action, String mentioning) {
		for (String body : bodies) {
			if (!body.contains(mentioning)) {
				continue;
			}
			Matcher link = LINK.matcher(body);
			while (link.find()) {
				if (actionOf(link.group(1)).equals(action)) {
					return Optional.of(new EmailedLink(link.group()));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The link of CareFlow's welcome email ({@code /links/email/<token>},
	 * patient-service's page confirming the address) in the first body that has one.
	 */
	static Optional<EmailedLink> emailVerification(List<String> bodies) {
		return bodies.stream()
			.map(EmailVerificationLinks::in)
			.flatMap(Optional::stream)
			.findFirst()
			.map(EmailedLink::new);
	}

	/**
	 * The token's first field, the action (it is readable; only its signature is secret).
	 */
	private static String actionOf(String token) {
		String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
				StandardCharsets.UTF_8);
		return payload.substring(0, Math.max(0, payload.indexOf('|')));
	}

	HttpResponse<String> open() {
		return send(HttpRequest.newBuilder(URI.create(this.url)).GET());
	}

	HttpResponse<String> press(String choice) {
		String form = "choice=" + ((choice != null) ? URLEncoder.encode(choice, StandardCharsets.UTF_8) : "");
		return send(HttpRequest.newBuilder(URI.create(this.url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	/** The same link with its last character changed, as a careless copy would. */
	EmailedLink tampered() {
		char last = this.url.charAt(this.url.length() - 1);
		return new EmailedLink(this.url.substring(0, this.url.length() - 1) + ((last == 'A') ? 'B' : 'A'));
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HTTP.send(request.timeout(Duration.ofSeconds(30)).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
