package org.careflow.gateway;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * The Content-Security-Policy of the Swagger UI under {@code /docs}. The portal's policy
 * would break it (Swagger UI styles elements inline and draws icons from {@code data:}
 * images); scripts stay the page's own files, calls go to the gateway and Keycloak, and
 * it may not be framed.
 */
final class DocsHeaders implements WebFilter, Ordered {

	static final String DOCS = "/docs";

	private final String contentSecurityPolicy;

	DocsHeaders(String keycloakOrigin) {
		this.contentSecurityPolicy = String.join("; ", "default-src 'self'", "script-src 'self'",
				"style-src 'self' 'unsafe-inline'", "img-src 'self' data:", "connect-src 'self' " + keycloakOrigin,
				"object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'",
				"form-action 'self' " + keycloakOrigin);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		if (path.equals(DOCS) || path.startsWith(DOCS + "/")) {
			HttpHeaders headers = exchange.getResponse().getHeaders();
			headers.set("Content-Security-Policy", this.contentSecurityPolicy);
			headers.set("X-Content-Type-Options", "nosniff");
			headers.set("Referrer-Policy", "no-referrer");
		}
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	String contentSecurityPolicy() {
		return this.contentSecurityPolicy;
	}

}
