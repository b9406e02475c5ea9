package org.careflow.gateway;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;

import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One circuit breaker per routed service (named after it in the route), so one service
 * being down never blocks the others. When half the recent calls to a service failed, the
 * gateway stops calling it for a while and answers 503 at once instead of piling up
 * waiting requests.
 * <p>
 * The registries are declared here because resilience4j-spring-boot3, which would
 * otherwise provide them, does not start on Boot 4.
 */
@Configuration(proxyBeanMethods = false)
class CircuitBreakerConfiguration {

	private static final CircuitBreakerConfig BREAKER = CircuitBreakerConfig.custom()
		.slidingWindowSize(20)
		.minimumNumberOfCalls(10)
		.failureRateThreshold(50)
		.waitDurationInOpenState(Duration.ofSeconds(10))
		.permittedNumberOfCallsInHalfOpenState(3)
		.build();

	/**
	 * Above the 10 s HTTP response timeout, so the HTTP client's timeout decides and the
	 * breaker's own limit (1 s by default, too short for real work) never cuts a healthy
	 * slow call.
	 */
	private static final TimeLimiterConfig TIME_LIMIT = TimeLimiterConfig.custom()
		.timeoutDuration(Duration.ofSeconds(11))
		.build();

	@Bean
	CircuitBreakerRegistry circuitBreakerRegistry() {
		return CircuitBreakerRegistry.of(BREAKER);
	}

	@Bean
	TimeLimiterRegistry timeLimiterRegistry() {
		return TimeLimiterRegistry.of(TIME_LIMIT);
	}

	@Bean
	Customizer<ReactiveResilience4JCircuitBreakerFactory> serviceCircuitBreakers() {
		return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id).circuitBreakerConfig(BREAKER)
			.timeLimiterConfig(TIME_LIMIT)
			.build());
	}

}
