package org.careflow.notification.webhooks;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A subscription as the API shows it: never its secret.
 *
 * @param status {@code active} or {@code disabled}
 * @param disabledReason why it was disabled (which delivery kept failing, and how)
 * @param pending deliveries waiting (only when one subscription is read)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(String id, String url, List<String> events, String status, String disabledReason,
		Instant disabledAt, Instant createdAt, Long pending) {

	static SubscriptionView of(Subscription subscription, Long pending) {
		return new SubscriptionView(subscription.id(), subscription.url(), subscription.events(),
				subscription.active() ? "active" : "disabled", subscription.disabledReason(), subscription.disabledAt(),
				subscription.createdAt(), pending);
	}

}
