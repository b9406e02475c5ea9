package org.careflow.gateway;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Sheds load: at most {@code careflow.gateway.max-in-flight} routed requests are being
 * served at once, and at most {@code careflow.gateway.max-writes-in-flight} of them
 * change something; one more is answered 503 with {@code Retry-After: 1} at once, instead
 * of queueing behind the others until the client gives up. Under 256 connections of
 * bookings the services' queues otherwise grew past any client's timeout (requests were
 * still worked on after their clients had left) and reads stayed slow for seconds after
 * the load stopped. Writes have a lower limit of their own: 64 bookings at once took more
 * than 2 s each at times on two cores, while 64 reads at once are quick. Counted after
 * the token check and the rate limits, so those still answer 401 and 429 first.
 */
@Component
class InFlightLimitFilter implements GlobalFilter, Ordered {

	private static final String DETAIL = "CareFlow is busy; try again in a second.";

	private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

	private final AtomicInteger inFlight = new AtomicInteger();

	private final AtomicInteger writesInFlight = new AtomicInteger();

	private final int max;

	private final int maxWrites;

	InFlightLimitFilter(GatewayProperties properties) {
		this.max = properties.maxInFlight();
		this.maxWrites = properties.maxWritesInFlight();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		if (!admit(this.inFlight, this.max)) {
			return shed(exchange);
		}
		if (READS.contains(exchange.getRequest().getMethod())) {
			return chain.filter(exchange).doFinally((signal) -> this.inFlight.decrementAndGet());
		}
		if (!admit(this.writesInFlight, this.maxWrites)) {
			this.inFlight.decrementAndGet();
			return shed(exchange);
		}
		return chain.filter(exchange).doFinally((signal) -> {
			this.writesInFlight.decrementAndGet();
			this.inFlight.decrementAndGet();
		});
	}

	private static boolean admit(AtomicInteger counter, int limit) {
		if (counter.incrementAndGet() > limit) {
			counter.decrementAndGet();
			return false;
		}
		return true;
	}

	private static Mono<Void> shed(ServerWebExchange exchange) {
		exchange.getResponse().getHeaders().set("Retry-After", "1");
		return Problems.write(exchange, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable", DETAIL,
				exchange.getRequest().getPath().value()));
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

	int writesInFlight() {
		return this.writesInFlight.get();
	}

}
