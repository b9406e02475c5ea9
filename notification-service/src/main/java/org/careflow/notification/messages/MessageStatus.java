package org.careflow.notification.messages;

/** Where one event's email stands. Only SENT is final. */
enum MessageStatus {

	/** Claimed for sending; the send may not have happened (crash) and may be retried. */
	PENDING,

	/** The SMTP server accepted the email. */
	SENT,

	/** The last attempt failed; a redelivery of the event tries again. */
	FAILED

}
