package org.careflow.gateway;

import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
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
 * <p>
 * A route marked {@code long-lived: true} in its metadata (the live event stream) is not
 * counted: a stream stays open for an hour and costs nothing while idle; the service
 * bounds its streams itself. Counted, 64 open streams would shut out every other request.
 */
@Component
class InFlightLimitFilter implements GlobalFilter, Ordered {

	private static final String DETAIL = "CareFlow is busy; try again in a second.";

	private final AtomicInteger inFlight = new AtomicInteger();

	private final int max;

	InFlightLimitFilter(GatewayProperties properties) {
		this.max = properties.maxInFlight();
	}

	/** The route metadata that exempts a route's requests from the count. */
	static final String LONG_LIVED = "long-lived";

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		// from YAML the metadata value arrives as the text "true"
		if (route != null && Boolean.parseBoolean(String.valueOf(route.getMetadata().get(LONG_LIVED)))) {
			return chain.filter(exchange);
		}
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
