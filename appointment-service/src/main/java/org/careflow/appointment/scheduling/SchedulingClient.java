package org.careflow.appointment.scheduling;

import java.io.IOException;
import java.time.Instant;

import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP client of the scheduling service's claim endpoint. Retried (the claim is
 * idempotent per appointment id) and guarded by a circuit breaker, both configured under
 * {@code resilience4j.*.instances.scheduling}.
 */
@Component
class SchedulingClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RestClient http;

	SchedulingClient(RestClient.Builder builder, SchedulingProperties properties) {
		HttpClientSettings timeouts = HttpClientSettings.defaults()
			.withTimeouts(properties.connectTimeout(), properties.readTimeout());
		this.http = builder.baseUrl(properties.url())
			.requestFactory(ClientHttpRequestFactoryBuilder.simple().build(timeouts))
			.build();
	}

	@CircuitBreaker(name = "scheduling")
	@Retry(name = "scheduling")
	public ClaimResponse claim(ClaimRequest request, String bearerToken) {
		return this.http.post()
			.uri("/internal/slot-claims")
			.headers(headers -> headers.setBearerAuth(bearerToken))
			.body(request)
			.retrieve()
			.onStatus(status -> status.value() == 409, (req, res) -> {
				throw new SlotTakenException();
			})
			.onStatus(status -> status.value() == 422, (req, res) -> {
				throw new SlotNotBookableException(detailOf(res));
			})
			.onStatus(HttpStatusCode::is5xxServerError, (req, res) -> {
				throw new SchedulingServerError(res.getStatusCode().value());
			})
			.onStatus(HttpStatusCode::isError, (req, res) -> {
				throw new SchedulingRefusedException(res.getStatusCode().value());
			})
			.body(ClaimResponse.class);
	}

	/** Scheduling's own explanation (its problem detail), which names the reason. */
	private static String detailOf(ClientHttpResponse response) {
		try {
			JsonNode detail = JSON.readTree(response.getBody()).path("detail");
			if (detail.isString()) {
				return detail.asString();
			}
		}
		catch (IOException | JacksonException ex) {
			// fall back to the generic message
		}
		return "The requested start is not a bookable slot of this doctor.";
	}

	record ClaimRequest(String doctorId, Instant start, String appointmentId) {
	}

	record ClaimResponse(String doctorId, Instant start, Instant end, String timeZone) {
	}

	/**
	 * Scheduling rejected the call itself (e.g. 401): not retried, not a dependency
	 * failure.
	 */
	static class SchedulingRefusedException extends RuntimeException {

		SchedulingRefusedException(int status) {
			super("Scheduling service refused the claim with " + status);
		}

	}

}
