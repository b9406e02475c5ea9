package org.careflow.patient.chart;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The name of whoever writes a chart entry, as Keycloak knows them (the token's
 * {@code name} claim): printed on a prescription, told when a printout is verified.
 */
public final class AuthorName {

	/** A name longer than this is cut: a paper has one line for it. */
	static final int MAX_LENGTH = 200;

	private AuthorName() {
	}

	/** The name, or the caller's id when the token names nobody. */
	public static String of(Authentication authentication) {
		if (authentication instanceof JwtAuthenticationToken jwt) {
			String name = jwt.getToken().getClaimAsString("name");
			if (name != null && !name.isBlank()) {
				String stripped = name.strip();
				return (stripped.length() > MAX_LENGTH) ? stripped.substring(0, MAX_LENGTH) : stripped;
			}
		}
		return authentication.getName();
	}

}
