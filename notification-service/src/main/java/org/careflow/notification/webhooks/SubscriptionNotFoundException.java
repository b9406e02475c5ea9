package org.careflow.notification.webhooks;

/** No subscription with this id: a 404. */
public class SubscriptionNotFoundException extends RuntimeException {

	SubscriptionNotFoundException(String id) {
		super("No webhook subscription " + id + ".");
	}

}
