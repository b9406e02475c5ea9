package org.careflow.notification.config;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where a patient's browser reaches CareFlow (the gateway): the base of the emails'
 * action links, {@code <url>/links/<token>}. A URL, not a secret, so it has a default.
 *
 * @param url {@code PUBLIC_URL}, e.g. {@code https://careflow.example.org}; a trailing
 * slash is dropped, so the links never hold {@code //}
 */
@Validated
@ConfigurationProperties("careflow.public")
record PublicUrlProperties(@DefaultValue("http://localhost:8080") @NotNull @Size(max = 200,
		message = "must be at most 200 characters: set PUBLIC_URL") @Pattern(
				regexp = "https?://[^\\s/?#]+(/[^\\s?#]*)?",
				message = "must be an http(s) URL without query or fragment: set PUBLIC_URL") String url) {

	PublicUrlProperties {
		while (url != null && url.endsWith("/")) {
			url = url.substring(0, url.length() - 1);
		}
	}

}
