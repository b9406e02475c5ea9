package org.careflow.gateway;

import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Limits, per client address, what is answered before any token is checked:
 * self-registration (far lower limit: it creates accounts) and requests without a bearer
 * token. It runs before Spring Security, so a flood is turned away before any token work.
 * A request with a bearer token is counted per user once its token proved valid
 * ({@link UserRateLimitFilter}), so it is not counted here.
 * <p>
 * Health probes ({@code /livez}, {@code /readyz}) and the actuator on the management port
 * are never limited: an orchestrator that got 429 would take a healthy gateway out of
 * service.
 */
class ClientAddressRateLimitFilter implements WebFilter, Ordered {

	/**
	 * Before Spring Security's WebFilterChainProxy, which runs at -100
	 * ({@code WebFluxSecurityConfiguration.WEB_FILTER_CHAIN_FILTER_ORDER}, not public).
	 */
	static final int ORDER = -200;

	/**
	 * Matched on the decoded path as Spring Security's permitAll rule is, so
	 * {@code /api/patients/%72egister} counts as a registration too.
	 */
	private static final PathPattern REGISTRATION = PathPatternParser.defaultInstance.parse("/api/patients/register");

	private static final Set<String> PROBES = Set.of("/livez", "/readyz");

	private final RateLimit anonymous;

	private final RateLimit registration;

	ClientAddressRateLimitFilter(RateLimit anonymous, RateLimit registration) {
		this.anonymous = anonymous;
		this.registration = registration;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		PathContainer path = request.getPath().pathWithinApplication();
		if (ManagementServer.isActuatorRequest(exchange) || PROBES.contains(path.value())) {
			return chain.filter(exchange);
		}
		if (HttpMethod.POST.equals(request.getMethod()) && REGISTRATION.matches(path)) {
			return this.registration.filter(ClientAddress.of(request), exchange, chain);
		}
		if (!hasBearerToken(request)) {
			return this.anonymous.filter(ClientAddress.of(request), exchange, chain);
		}
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	/**
	 * As Spring Security reads it: any other Authorization header leaves the caller
	 * anonymous.
	 */
	private static boolean hasBearerToken(ServerHttpRequest request) {
		return StringUtils.startsWithIgnoreCase(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION), "bearer ");
	}

}
