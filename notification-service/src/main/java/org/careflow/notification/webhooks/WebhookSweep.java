package org.careflow.notification.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers what is due, on every replica, each delivery by one replica at a time (a lease
 * on its document). An appointment's events go out in order: one waits while an earlier
 * one for the same subscription is still pending. A failure is tried again after a
 * doubling wait; after {@code max-attempts} the subscription is disabled with the reason,
 * its deliveries kept for when an admin enables it again.
 */
@Component
class WebhookSweep {

	private static final Logger log = LoggerFactory.getLogger(WebhookSweep.class);

	private static final int BATCH = 100;

	private final WebhookStore store;

	private final WebhookSender sender;

	private final WebhookProperties properties;

	private final Clock clock;

	private final String owner = UUID.randomUUID().toString();

	WebhookSweep(WebhookStore store, WebhookSender sender, WebhookProperties properties, Clock clock) {
		this.store = store;
		this.sender = sender;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${careflow.webhooks.sweep-every:1s}")
	void sweep() {
		try {
			deliverDue();
		}
		catch (DataAccessException ex) {
			// MongoDB away: nothing was lost, the next sweep tries again
			log.warn("Webhook sweep skipped: {}", ex.getClass().getSimpleName());
		}
	}

	void deliverDue() {
		Map<String, Subscription> active = this.store.activeSubscriptions()
			.stream()
			.collect(Collectors.toMap(Subscription::id, Function.identity()));
		if (active.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		List<PendingDelivery> due = this.store.due(List.copyOf(active.keySet()), now, BATCH);
		for (PendingDelivery candidate : due) {
			Subscription subscription = active.get(candidate.subscriptionId());
			if (subscription == null || this.store.hasEarlier(candidate)) {
				continue;
			}
			Instant leaseUntil = now.plus(this.properties.timeout().multipliedBy(3));
			this.store.claim(candidate, this.owner, now, leaseUntil)
				.ifPresent((claimed) -> deliver(subscription, claimed));
		}
	}

	private void deliver(Subscription subscription, PendingDelivery delivery) {
		WebhookSender.Outcome outcome = this.sender.send(subscription, delivery);
		Instant at = this.clock.instant();
		this.store.log(subscription.id(),
				new DeliveryAttempt(delivery.id(), delivery.eventId(), delivery.type(), delivery.appointmentId(),
						delivery.attempts(), outcome.delivered() ? "delivered" : "failed", outcome.httpStatus(),
						outcome.error(), at));
		if (outcome.delivered()) {
			this.store.delivered(delivery);
			return;
		}
		if (delivery.attempts() >= this.properties.maxAttempts()) {
			String reason = delivery.attempts() + " attempts to deliver event " + delivery.eventId()
					+ " failed, the last: " + outcome.error();
			this.store.disable(subscription.id(), reason, at);
			log.warn("Webhook subscription {} disabled: {}", subscription.id(), reason);
		}
		Duration wait = this.properties.retryAfter(delivery.attempts());
		this.store.retryAt(delivery, at.plus(wait));
	}

	/** The log keeps {@code log-retention}; older attempts are forgotten once a day. */
	@Scheduled(fixedDelayString = "PT24H", initialDelayString = "PT1M")
	void forgetOldLog() {
		try {
			this.store.forgetLogBefore(this.clock.instant().minus(this.properties.logRetention()));
		}
		catch (DataAccessException ex) {
			log.warn("Webhook log not pruned: {}", ex.getClass().getSimpleName());
		}
	}

}
