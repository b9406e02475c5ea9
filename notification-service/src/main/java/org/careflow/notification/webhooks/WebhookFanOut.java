package org.careflow.notification.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.careflow.events.CareFlowEvent;
import org.careflow.events.Topics;
import org.careflow.notification.live.LiveEvent;
import org.careflow.platform.kafka.EventJson;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Files each appointment event for every active subscription that wants its type. A group
 * of its own, so its offsets are not the emails'; the record is committed only once
 * filed, so nothing is lost if MongoDB is down (the platform's error handler retries it).
 * Subscriptions disabled at the time get nothing: they are told when enabled again only
 * what was waiting then.
 */
@Component
class WebhookFanOut {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WebhookStore store;

	private final Clock clock;

	WebhookFanOut(WebhookStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@KafkaListener(id = "notification-webhooks",
			groupId = "${careflow.webhooks.group-id:notification-service-webhooks}", topics = Topics.APPOINTMENTS)
	void onAppointmentEvent(ConsumerRecord<String, String> record) {
		EventJson.read(record.value()).ifPresent((event) -> fileFor(event, record.offset()));
	}

	void fileFor(CareFlowEvent event, long seq) {
		LiveEvent view = LiveEvent.of(event).orElse(null);
		if (view == null || !WebhookEventTypes.ALL.contains(view.type())) {
			return;
		}
		List<Subscription> wanting = this.store.activeSubscriptions()
			.stream()
			.filter((subscription) -> subscription.wants(view.type()))
			.toList();
		if (wanting.isEmpty()) {
			return;
		}
		String body = JSON
			.writeValueAsString(new WebhookPayload(event.eventId().toString(), view.type(), view.occurredAt(), view));
		Instant now = this.clock.instant();
		for (Subscription subscription : wanting) {
			this.store.file(new PendingDelivery(subscription.id() + ":" + event.eventId(), subscription.id(),
					event.eventId().toString(), view.type(), view.appointmentId(), seq, body, 0, now));
		}
	}

	/**
	 * What a receiver gets: the event's id (to drop a delivery it already had), its type
	 * and time, and the appointment's ids, status and times.
	 */
	record WebhookPayload(String id, String type, Instant occurredAt, LiveEvent data) {
	}

}
