package org.careflow.patient.accesslog;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import org.careflow.platform.audit.AuditEntry;
import org.careflow.platform.audit.AuditQuery;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

/**
 * Another service's trail, read with this service's own token from its
 * {@code /internal/audit}. A read is idempotent, so it is retried once; a circuit breaker
 * per source stops asking one that keeps failing.
 */
class RemoteAuditSource implements AuditSource {

	private static final ParameterizedTypeReference<List<AuditEntry>> ENTRIES = new ParameterizedTypeReference<>() {
	};

	private final String name;

	private final RestClient http;

	private final CircuitBreaker breaker;

	private final Retry retry;

	RemoteAuditSource(String name, URI baseUrl, RestClient.Builder http, CircuitBreaker breaker, Retry retry) {
		this.name = name;
		this.http = http.baseUrl(baseUrl.toString()).build();
		this.breaker = breaker;
		this.retry = retry;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public List<AuditEntry> find(AuditQuery query) {
		Supplier<List<AuditEntry>> call = () -> this.http.get()
			.uri(uri -> uri.path("/internal/audit")
				.queryParamIfPresent("patientId", Optional.ofNullable(query.patientId()))
				.queryParam("from", query.from())
				.queryParam("to", query.to())
				.queryParam("limit", query.limit())
				.build())
			.retrieve()
			.body(ENTRIES);
		try {
			List<AuditEntry> entries = Retry.decorateSupplier(this.retry, this.breaker.decorateSupplier(call)).get();
			return (entries != null) ? entries : List.of();
		}
		catch (RuntimeException ex) {
			throw new AuditSourceUnavailableException(this.name, ex);
		}
	}

}
