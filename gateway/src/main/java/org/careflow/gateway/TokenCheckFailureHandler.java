package org.careflow.gateway;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.web.server.ServerWebExchange;

/**
 * A token that cannot be checked because Keycloak's keys cannot be fetched is not the
 * caller's fault: 503 with Retry-After, so clients retry rather than sign in again. Any
 * other failure is a bad token: 401.
 */
class TokenCheckFailureHandler implements ServerAuthenticationFailureHandler {

	private final ServerAuthenticationEntryPoint unauthorized;

	TokenCheckFailureHandler(ServerAuthenticationEntryPoint unauthorized) {
		this.unauthorized = unauthorized;
	}

	@Override
	public Mono<Void> onAuthenticationFailure(WebFilterExchange webFilterExchange, AuthenticationException ex) {
		ServerWebExchange exchange = webFilterExchange.getExchange();
		if (!(ex instanceof AuthenticationServiceException)) {
			return this.unauthorized.commence(exchange, ex);
		}
		exchange.getResponse().getHeaders().set("Retry-After", "10");
		return Problems.write(exchange,
				Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable",
						"Your token cannot be checked right now: the identity provider is unreachable.",
						exchange.getRequest().getPath().value()));
	}

}
