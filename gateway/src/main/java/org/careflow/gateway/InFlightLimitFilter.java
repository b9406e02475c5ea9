package org.careflow.gateway;

import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Sheds load: at most {@code careflow.gateway.max-in-flight} routed requests are being
 * served at once; one more is answered 503 with {@code Retry-After: 1} at once, instead
 * of queueing behind the others until the client gives up. Under 256 connections of
 * bookings the services' queues otherwise grew past any client's timeout (requests were
 * still worked on after their clients had left) and reads stayed slow for seconds after
 * the load stopped. Counted after the token check and the rate limits, so those still
 * answer 401 and 429 first.
 */
@Component
class InFlightLimitFilter implements GlobalFilter, Ordered {

	private static final String DETAIL = "CareFlow is busy; try again in a second.";

	private final AtomicInteger inFlight = new AtomicInteger();

	private final int max;

	InFlightLimitFilter(GatewayProperties properties) {
		this.max = properties.maxInFlight();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		if (this.inFlight.incrementAndGet() > this.max) {
			this.inFlight.decrementAndGet();
			exchange.getResponse().getHeaders().set("Retry-After", "1");
			return Problems.write(exchange, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable", DETAIL,
					exchange.getRequest().getPath().value()));
		}
		return chain.filter(exchange).doFinally((signal) -> this.inFlight.decrementAndGet());
	}

	/**
	 * Before routing and the circuit breakers: a shed request costs nothing downstream.
	 */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	int inFlight() {
		return this.inFlight.get();
	}

}
