package org.careflow.notification.webhooks;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

/** What an admin does with subscriptions, whatever calls it. */
@Service
public class Webhooks {

	private final WebhookStore store;

	private final WebhookProperties properties;

	private final TargetAddress.Resolver resolver;

	private final Clock clock;

	Webhooks(WebhookStore store, WebhookProperties properties, Clock clock) {
		this.store = store;
		this.properties = properties;
		this.clock = clock;
		this.resolver = TargetAddress.Resolver.DNS;
	}

	/**
	 * @throws WebhookRequestException naming the field refused (url, events)
	 * @throws TooManySubscriptionsException at {@code max-subscriptions}
	 */
	public SubscriptionView subscribe(String url, List<String> events, String secret) {
		List<String> unknown = events.stream().filter((type) -> !WebhookEventTypes.ALL.contains(type)).toList();
		if (!unknown.isEmpty()) {
			throw new WebhookRequestException("events",
					"unknown event type " + unknown.get(0) + "; known: " + String.join(", ", sorted()));
		}
		try {
			TargetAddress.check(url, this.properties.allowLoopback(), this.resolver);
		}
		catch (TargetAddress.TargetRefusedException ex) {
			throw new WebhookRequestException("url", "the URL " + ex.getMessage());
		}
		if (this.store.countSubscriptions() >= this.properties.maxSubscriptions()) {
			throw new TooManySubscriptionsException(this.properties.maxSubscriptions());
		}
		Subscription subscription = new Subscription(UUID.randomUUID().toString(), url,
				List.copyOf(new LinkedHashSet<>(events)), secret, true, null, null, this.clock.instant());
		this.store.insert(subscription);
		return SubscriptionView.of(subscription, null);
	}

	public List<SubscriptionView> list(long offset, int limit) {
		return this.store.subscriptions(offset, limit).stream().map((s) -> SubscriptionView.of(s, null)).toList();
	}

	public SubscriptionView get(String id) {
		Subscription subscription = this.store.subscription(id)
			.orElseThrow(() -> new SubscriptionNotFoundException(id));
		return SubscriptionView.of(subscription, this.store.pendingOf(id));
	}

	public void unsubscribe(String id) {
		if (!this.store.delete(id)) {
			throw new SubscriptionNotFoundException(id);
		}
	}

	public SubscriptionView enable(String id) {
		if (!this.store.enable(id, this.clock.instant())) {
			throw new SubscriptionNotFoundException(id);
		}
		return get(id);
	}

	public List<DeliveryAttempt> deliveries(String id, long offset, int limit) {
		if (this.store.subscription(id).isEmpty()) {
			throw new SubscriptionNotFoundException(id);
		}
		return this.store.log(id, offset, limit);
	}

	private static List<String> sorted() {
		List<String> types = new ArrayList<>(WebhookEventTypes.ALL);
		types.sort(null);
		return types;
	}

}
