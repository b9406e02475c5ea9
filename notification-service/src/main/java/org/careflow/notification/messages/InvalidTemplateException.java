package org.careflow.notification.messages;

/**
 * An email template that cannot be used, named in the message: the service refuses to
 * start rather than fail on the first email of that kind.
 */
public class InvalidTemplateException extends IllegalStateException {

	InvalidTemplateException(String message) {
		super(message);
	}

	InvalidTemplateException(String message, Throwable cause) {
		super(message, cause);
	}

}
