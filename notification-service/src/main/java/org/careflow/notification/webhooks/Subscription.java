package org.careflow.notification.webhooks;

import java.time.Instant;
import java.util.List;

/**
 * A URL that wants some event types, and the secret its deliveries are signed with.
 *
 * @param disabledReason why deliveries stopped (the attempts that failed), while disabled
 */
record Subscription(String id, String url, List<String> events, String secret, boolean active, String disabledReason,
		Instant disabledAt, Instant createdAt) {

	boolean wants(String type) {
		return this.events.contains(type);
	}

}
