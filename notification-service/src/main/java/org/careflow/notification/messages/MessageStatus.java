package org.careflow.notification.messages;

/**
 * Where one email stands. SENT, REVOKED and EXPIRED are final; a redelivered event or a
 * reminder tried again moves a PENDING or FAILED one on.
 */
public enum MessageStatus {

	/** A reminder, or a visit summary email, waiting for its time. */
	PLANNED,

	/** Claimed for sending; the send may not have happened (crash) and may be retried. */
	PENDING,

	/** The SMTP server accepted the email. */
	SENT,

	/**
	 * The last attempt failed; it is tried again (redelivery, or the reminder's retry).
	 */
	FAILED,

	/** A reminder whose appointment was cancelled, moved, missed or held first. */
	REVOKED,

	/** A reminder that came up too late to help (the service was down past it). */
	EXPIRED,

	/** The patient turned this kind of email off: not sent. */
	SUPPRESSED

}
