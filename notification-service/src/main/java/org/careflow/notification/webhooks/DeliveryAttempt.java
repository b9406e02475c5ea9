package org.careflow.notification.webhooks;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of a subscription's delivery log.
 *
 * @param outcome {@code delivered} or {@code failed}
 * @param httpStatus the receiver's status code, when it answered
 * @param error why it failed when there was no answer (timeout, refused, target refused)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryAttempt(String deliveryId, String eventId, String type, String appointmentId, int attempt,
		String outcome, Integer httpStatus, String error, Instant at) {
}
