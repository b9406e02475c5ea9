package org.careflow.notification.webhooks;

/** A subscription refused for one of its fields: a 400 naming it. */
public class WebhookRequestException extends RuntimeException {

	private final String field;

	WebhookRequestException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
