package org.careflow.gateway;

import org.careflow.http.BearerTokenSyntax;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;

/**
 * Reads the token of a well-formed {@code Authorization: Bearer} header in one pass over
 * its characters ({@link BearerTokenSyntax}); every other request — no header, another
 * scheme, a malformed token — goes to Spring Security's own converter, so the answers to
 * those stay exactly Spring's. (Spring's converter reads no {@code access_token}
 * parameter unless told to, and the gateway does not tell it.)
 */
final class OnePassBearerTokenConverter implements ServerAuthenticationConverter {

	private final ServerAuthenticationConverter spring = new ServerBearerTokenAuthenticationConverter();

	@Override
	public Mono<Authentication> convert(ServerWebExchange exchange) {
		String token = BearerTokenSyntax
			.wellFormedToken(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
		return (token != null) ? Mono.just(new BearerTokenAuthenticationToken(token)) : this.spring.convert(exchange);
	}

}
