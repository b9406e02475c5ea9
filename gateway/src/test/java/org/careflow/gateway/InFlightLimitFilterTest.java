package org.careflow.gateway;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InFlightLimitFilterTest {

	private final InFlightLimitFilter filter = new InFlightLimitFilter(
			new GatewayProperties(DataSize.ofMegabytes(1), 2));

	/** A downstream call that answers when the test says so. */
	private final Sinks.Empty<Void> downstream = Sinks.empty();

	private final GatewayFilterChain slowService = (exchange) -> this.downstream.asMono();

	@Test
	void oneRequestMoreThanTheLimitIsShedAtOnceWith503AndRetryAfter() {
		this.filter.filter(exchange(), this.slowService).subscribe();
		this.filter.filter(exchange(), this.slowService).subscribe();

		MockServerWebExchange third = exchange();
		this.filter.filter(third, (exchange) -> Mono.error(new AssertionError("must not be routed"))).block();

		assertThat(third.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(third.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("1");
		assertThat(third.getResponse().getBodyAsString().block()).contains("\"status\":503", "/api/appointments");
		assertThat(this.filter.inFlight()).isEqualTo(2);
	}

	@Test
	void aFinishedRequestMakesRoomForTheNext() {
		this.filter.filter(exchange(), this.slowService).subscribe();
		this.filter.filter(exchange(), this.slowService).subscribe();

		this.downstream.tryEmitEmpty();

		assertThat(this.filter.inFlight()).isZero();
		MockServerWebExchange next = exchange();
		this.filter.filter(next, (exchange) -> Mono.empty()).block();
		assertThat(next.getResponse().getStatusCode()).isNotEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
	}

	@Test
	void aLongLivedRouteSuchAsTheEventStreamIsNotCounted() {
		this.filter.filter(exchange(), this.slowService).subscribe();
		this.filter.filter(exchange(), this.slowService).subscribe();
		Route stream = Route.async()
			.id("live-events")
			.uri("http://localhost:8085")
			.predicate((exchange) -> true)
			.metadata(InFlightLimitFilter.LONG_LIVED, true)
			.build();

		MockServerWebExchange streaming = MockServerWebExchange.from(MockServerHttpRequest.get("/api/events/stream"));
		streaming.getAttributes().put(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR, stream);
		this.filter.filter(streaming, (exchange) -> Mono.empty()).block();

		assertThat(streaming.getResponse().getStatusCode()).as("served although two requests are in flight")
			.isNotEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(this.filter.inFlight()).isEqualTo(2);
	}

	@Test
	void aLimitBelowOneIsAConfigurationError() {
		assertThatIllegalArgumentException().isThrownBy(() -> new GatewayProperties(DataSize.ofMegabytes(1), 0))
			.withMessageContaining("max-in-flight");
	}

	private static MockServerWebExchange exchange() {
		return MockServerWebExchange.from(MockServerHttpRequest.post("/api/appointments"));
	}

}
