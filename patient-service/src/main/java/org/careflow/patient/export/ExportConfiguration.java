package org.careflow.patient.export;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import org.careflow.patient.domain.PatientProfiles;
import org.careflow.platform.audit.AuditTrail;
import org.careflow.platform.identity.ServiceTokenInterceptor;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/** The exporter and a guarded client per other service holding patient data. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExportProperties.class)
class ExportConfiguration {

	/**
	 * Only a source failing counts (no connection, a timeout, a 5xx): a 4xx is its answer
	 * to us and never opens the breaker.
	 */
	private static final CircuitBreakerConfig BREAKER = CircuitBreakerConfig.custom()
		.slidingWindowSize(10)
		.minimumNumberOfCalls(5)
		.failureRateThreshold(50)
		.waitDurationInOpenState(Duration.ofSeconds(10))
		.recordExceptions(ResourceAccessException.class, HttpServerErrorException.class)
		.build();

	private static final RetryConfig RETRY = RetryConfig.custom()
		.maxAttempts(2)
		.waitDuration(Duration.ofMillis(100))
		.retryExceptions(ResourceAccessException.class, HttpServerErrorException.class)
		.build();

	@Bean
	PatientExporter patientExporter(PatientProfiles profiles, StoredDocuments stored, ExportProperties properties,
			RestClient.Builder http, ServiceTokenInterceptor serviceToken, CircuitBreakerRegistry breakers,
			RetryRegistry retries, AuditTrail audit, Clock clock) {
		HttpClientSettings timeouts = HttpClientSettings.defaults()
			.withTimeouts(properties.connectTimeout(), properties.readTimeout());
		List<RemotePart> parts = properties.sources()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((source) -> new RemotePart(source.getKey(), source.getValue(),
					http.clone()
						.requestFactory(ClientHttpRequestFactoryBuilder.simple().build(timeouts))
						.requestInterceptor(serviceToken),
					breakers.circuitBreaker("export-" + source.getKey(), BREAKER),
					retries.retry("export-" + source.getKey(), RETRY)))
			.toList();
		return new PatientExporter(profiles, stored, parts, audit, clock);
	}

}
