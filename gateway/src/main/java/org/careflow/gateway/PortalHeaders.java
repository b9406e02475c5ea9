package org.careflow.gateway;

import org.springframework.http.HttpHeaders;

/**
 * The headers of every portal response. The Content-Security-Policy allows only the
 * page's own scripts and styles (no inline script, no CDN), calls to the gateway and
 * Keycloak, and no framing; with tokens held in memory, an injected script is the main
 * way to steal them.
 */
final class PortalHeaders {

	static final String NO_STORE = "no-store";

	/**
	 * Hashed file names change with their content, so a copy never needs checking again.
	 */
	static final String IMMUTABLE = "public, max-age=31536000, immutable";

	private final String contentSecurityPolicy;

	PortalHeaders(PortalProperties properties) {
		String keycloak = properties.keycloakOrigin();
		this.contentSecurityPolicy = String.join("; ", "default-src 'self'", "script-src 'self'", "style-src 'self'",
				"img-src 'self'", "connect-src 'self' " + keycloak, "object-src 'none'", "frame-ancestors 'none'",
				"base-uri 'none'", "form-action 'self' " + keycloak);
	}

	String contentSecurityPolicy() {
		return this.contentSecurityPolicy;
	}

	void apply(HttpHeaders headers, String cacheControl) {
		headers.set("Content-Security-Policy", this.contentSecurityPolicy);
		headers.set(HttpHeaders.CACHE_CONTROL, cacheControl);
		headers.set("X-Content-Type-Options", "nosniff");
		headers.set("Referrer-Policy", "no-referrer");
	}

}
