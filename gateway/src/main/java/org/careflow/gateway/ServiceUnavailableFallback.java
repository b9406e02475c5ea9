package org.careflow.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;

/**
 * Where a route's circuit breaker forwards when its service is down, too slow, or its
 * circuit is open: a 503 problem naming the service, so a client knows which part failed
 * and that trying again later may help.
 */
@Configuration(proxyBeanMethods = false)
class ServiceUnavailableFallback {

	/** Matches the circuit breaker's wait in the open state. */
	private static final String RETRY_AFTER_SECONDS = "10";

	/**
	 * The fallback of emails' links (appointment-service's action links,
	 * patient-service's address confirmation), read by a person in a browser: worded for
	 * either.
	 */
	private static final String LINKS = "links";

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private static final String LINK_PAGE_UNAVAILABLE = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
			+ "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><meta name=\"robots\" "
			+ "content=\"noindex\"><title>Please try again in a minute · CareFlow</title></head>"
			+ "<body style=\"font-family:system-ui,sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem\">"
			+ "<p>CareFlow</p><h1>Please try again in a minute</h1><p>This page is not available right now. "
			+ "Nothing was changed; your link still works.</p></body></html>";

	@Bean
	RouterFunction<ServerResponse> serviceUnavailableRoute() {
		return RouterFunctions.route(RequestPredicates.path("/fallback/{service}"),
				ServiceUnavailableFallback::unavailable);
	}

	private static Mono<ServerResponse> unavailable(ServerRequest request) {
		if (request.attribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR).isEmpty()) {
			// asked for directly rather than forwarded by a circuit breaker: not an API
			// path
			return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		String service = request.pathVariable("service");
		if (LINKS.equals(service)) {
			return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
				.contentType(HTML)
				.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
				.header(HttpHeaders.CACHE_CONTROL, "no-store")
				.header("Referrer-Policy", "no-referrer")
				.bodyValue(LINK_PAGE_UNAVAILABLE);
		}
		Map<String, Object> problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
				"The " + service + " is unavailable right now; please try again shortly.", null);
		problem.put("service", service);
		return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
			.bodyValue(problem);
	}

}
