package org.careflow.gateway;

import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Limits each signed-in user (the token's {@code sub}). It sits in Spring Security's
 * chain right after authentication, so only a token whose signature, issuer, audience and
 * expiry were checked is counted: a forged token naming someone else's {@code sub} gets
 * 401 and never spends that person's budget.
 * <p>
 * Not a bean on purpose: every WebFilter bean also runs in the application's own filter
 * chain, outside Spring Security, where no user is known yet.
 */
class UserRateLimitFilter implements WebFilter {

	private final RateLimit limit;

	UserRateLimitFilter(RateLimit limit) {
		this.limit = limit;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull(SecurityContext::getAuthentication)
			.ofType(JwtAuthenticationToken.class)
			.map((authentication) -> Optional.of(user(authentication, exchange)))
			.defaultIfEmpty(Optional.empty())
			.flatMap((user) -> user.isPresent() ? this.limit.filter(user.get(), exchange, chain)
					: chain.filter(exchange));
	}

	/** A valid token without a subject (unusual) is counted by its client's address. */
	private static String user(JwtAuthenticationToken authentication, ServerWebExchange exchange) {
		String subject = authentication.getToken().getSubject();
		return (subject != null) ? "sub " + subject : "address " + ClientAddress.of(exchange.getRequest());
	}

}
