package org.careflow.platform.links;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The key action links are signed with. It has no default anywhere but the local stack
 * and docker-compose: a service started without one refuses to start, naming the
 * variable. Every service that signs or checks links must have the same key.
 *
 * @param signingKey the key ({@code LINK_SIGNING_KEY}), at least 32 characters
 * @param previousSigningKey the key before the last rotation
 * ({@code LINK_SIGNING_KEY_PREVIOUS}), still accepted so links already sent keep working
 * until they expire; empty when none
 */
@Validated
@ConfigurationProperties("careflow.links")
public record LinkProperties(
		@NotNull(message = "is required: set LINK_SIGNING_KEY (at least 32 characters; there is no default)") @Size(
				min = 32, max = 512,
				message = "must be 32 to 512 characters: set LINK_SIGNING_KEY (there is no default)") String signingKey,
		@Size(max = 512) String previousSigningKey) {

	public LinkProperties {
		if (signingKey != null && signingKey.isBlank()) {
			signingKey = null;
		}
		if (previousSigningKey != null && previousSigningKey.isBlank()) {
			previousSigningKey = null;
		}
	}

}
