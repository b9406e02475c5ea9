package org.careflow.patient.accesslog;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import org.careflow.platform.audit.AuditTrail;
import org.careflow.platform.identity.ServiceTokenInterceptor;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** The merged access log and a guarded client per other audit trail. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccessLogProperties.class)
class AccessLogConfiguration {

	/** Any failure of a source counts: a source answers 2xx to a well-formed query. */
	private static final CircuitBreakerConfig BREAKER = CircuitBreakerConfig.custom()
		.slidingWindowSize(10)
		.minimumNumberOfCalls(5)
		.failureRateThreshold(50)
		.waitDurationInOpenState(Duration.ofSeconds(10))
		.build();

	private static final RetryConfig RETRY = RetryConfig.custom()
		.maxAttempts(2)
		.waitDuration(Duration.ofMillis(100))
		.build();

	@Bean
	AccessLog accessLog(AuditTrail own, AccessLogProperties properties, RestClient.Builder http,
			ServiceTokenInterceptor serviceToken, CircuitBreakerRegistry breakers, RetryRegistry retries, Clock clock) {
		HttpClientSettings timeouts = HttpClientSettings.defaults()
			.withTimeouts(properties.connectTimeout(), properties.readTimeout());
		List<AuditSource> sources = properties.sources()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(source -> (AuditSource) new RemoteAuditSource(source.getKey(), source.getValue(),
					http.clone()
						.requestFactory(ClientHttpRequestFactoryBuilder.simple().build(timeouts))
						.requestInterceptor(serviceToken),
					breakers.circuitBreaker("audit-" + source.getKey(), BREAKER),
					retries.retry("audit-" + source.getKey(), RETRY)))
			.toList();
		return new AccessLog(own, sources, clock);
	}

}
