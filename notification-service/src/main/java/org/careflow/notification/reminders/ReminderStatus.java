package org.careflow.notification.reminders;

/**
 * Where one reminder stands (FHIR {@code CommunicationRequest.status}: planned is
 * {@code active}, sent is {@code completed}).
 */
enum ReminderStatus {

	/** Waiting for its time, or being sent, or to be tried again after a failure. */
	PLANNED,

	/** Accepted by the SMTP server. */
	SENT,

	/** The appointment was cancelled, moved, missed or held before it fell due. */
	REVOKED,

	/** It came up too late to help: the appointment had started, or it was too old. */
	EXPIRED,

	/** The patient turned reminders off. */
	SUPPRESSED

}
