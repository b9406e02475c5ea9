package org.careflow.notification.webhooks;

import java.time.Instant;

/**
 * An event to deliver to one subscription.
 *
 * @param id {@code <subscription>:<event id>}, so an event is filed once per subscription
 * @param seq the event's offset in its partition: an appointment's events share one, so
 * this orders them
 * @param body the JSON POSTed, signed as it is
 */
record PendingDelivery(String id, String subscriptionId, String eventId, String type, String appointmentId, long seq,
		String body, int attempts, Instant nextAttemptAt) {
}
