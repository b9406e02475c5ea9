package org.careflow.patient.export;

import java.net.URI;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import tools.jackson.databind.JsonNode;

import org.springframework.web.client.RestClient;

/**
 * What another service holds about a patient, read with this service's own token from its
 * {@code /internal/patients/{id}/export}. A read is idempotent, so a timeout or a 5xx is
 * retried once; a circuit breaker per source stops asking one that keeps failing. A 4xx
 * is an answer (our request was refused), never counted as the source failing.
 */
class RemotePart {

	private final String name;

	private final RestClient http;

	private final CircuitBreaker breaker;

	private final Retry retry;

	RemotePart(String name, URI baseUrl, RestClient.Builder http, CircuitBreaker breaker, Retry retry) {
		this.name = name;
		this.http = http.baseUrl(baseUrl.toString()).build();
		this.breaker = breaker;
		this.retry = retry;
	}

	String name() {
		return this.name;
	}

	/**
	 * @throws PartUnavailableException if the source gave no usable answer
	 */
	JsonNode fetch(String patientId) {
		Supplier<JsonNode> call = () -> this.http.get()
			.uri("/internal/patients/{id}/export", patientId)
			.retrieve()
			.body(JsonNode.class);
		try {
			JsonNode part = Retry.decorateSupplier(this.retry, this.breaker.decorateSupplier(call)).get();
			if (part == null || !part.isObject()) {
				throw new PartUnavailableException(this.name, null);
			}
			return part;
		}
		catch (PartUnavailableException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new PartUnavailableException(this.name, ex);
		}
	}

}
