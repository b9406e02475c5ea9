package org.careflow.notification.webhooks;

/** The clinic holds {@code max-subscriptions} already: a 409. */
public class TooManySubscriptionsException extends RuntimeException {

	TooManySubscriptionsException(int limit) {
		super("At most " + limit + " webhook subscriptions; remove one first.");
	}

}
