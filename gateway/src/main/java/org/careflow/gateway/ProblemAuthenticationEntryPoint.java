package org.careflow.gateway;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;

/**
 * A missing, expired, forged or foreign token gets the same 401 problem as at every
 * service.
 */
class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		return Problems.write(exchange, Problems.of(HttpStatus.UNAUTHORIZED, "Unauthorized",
				"A valid bearer token is required.", exchange.getRequest().getPath().value()));
	}

}
