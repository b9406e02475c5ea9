package org.careflow.notification.webhooks;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/webhooks}.
 *
 * @param url where to POST: {@code https}, a public address
 * @param events the event types wanted (1 to 7, see {@code WebhookEventTypes})
 * @param secret what deliveries are signed with (HMAC-SHA256), 32 to 256 characters;
 * never shown again
 */
public record WebhookRequest(@NotBlank @Size(max = TargetAddress.MAX_URL_LENGTH) String url,
		@NotEmpty @Size(max = 7) List<@NotBlank @Size(max = 64) String> events,
		@NotBlank @Size(min = 32, max = 256) String secret) {
}
