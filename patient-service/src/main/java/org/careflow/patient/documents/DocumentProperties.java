package org.careflow.patient.documents;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How printed documents look and where their QR codes point
 * ({@code careflow.documents.*}).
 *
 * @param prescriptionTemplate a clinic's own prescription template, an HTML file
 * ({@code PRESCRIPTION_TEMPLATE}); empty for the built-in one
 * @param publicUrl where a browser reaches the gateway ({@code PUBLIC_URL}, as
 * notification-service names it): QR codes hold {@code <url>/verify/<token>}; a trailing
 * slash is dropped
 */
@Validated
@ConfigurationProperties("careflow.documents")
record DocumentProperties(@DefaultValue("") String prescriptionTemplate,
		@DefaultValue("http://localhost:8080") @NotNull @Size(max = 200,
				message = "must be at most 200 characters: set PUBLIC_URL") @Pattern(
						regexp = "https?://[^\\s/?#]+(/[^\\s?#]*)?",
						message = "must be an http(s) URL without query or fragment: set PUBLIC_URL") String publicUrl) {

	DocumentProperties {
		while (publicUrl != null && publicUrl.endsWith("/")) {
			publicUrl = publicUrl.substring(0, publicUrl.length() - 1);
		}
	}

}
