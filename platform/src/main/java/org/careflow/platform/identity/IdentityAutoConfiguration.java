package org.careflow.platform.identity;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import jakarta.ws.rs.client.ClientBuilder;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Account management for services that have the Keycloak admin client on their classpath.
 * The Resilience4j instances guarding it are defined here, once: a service may still
 * override them under {@code resilience4j.*.instances.keycloak[-cleanup]}.
 */
@AutoConfiguration(
		afterName = { "io.github.resilience4j.springboot.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration",
				"io.github.resilience4j.springboot.retry.autoconfigure.RetryAutoConfiguration" })
@ConditionalOnClass(Keycloak.class)
@EnableConfigurationProperties(IdentityProperties.class)
public class IdentityAutoConfiguration {

	/**
	 * Opens after half of the last ten calls failed, for 30 s. Only Keycloak failing
	 * counts: a taken email or a refused name is the caller's answer, and must never let
	 * anonymous callers close sign-ups for everyone.
	 */
	static final CircuitBreakerConfig KEYCLOAK_BREAKER = CircuitBreakerConfig.custom()
		.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
		.slidingWindowSize(10)
		.minimumNumberOfCalls(5)
		.failureRateThreshold(50)
		.waitDurationInOpenState(Duration.ofSeconds(30))
		.permittedNumberOfCallsInHalfOpenState(2)
		.automaticTransitionFromOpenToHalfOpenEnabled(true)
		.recordExceptions(IdentityProviderUnavailableException.class)
		.build();

	/**
	 * Deleting or disabling a login is idempotent, so it is retried; an account that is
	 * not there will not appear on a second try.
	 */
	static final RetryConfig CLEANUP_RETRY = RetryConfig.custom()
		.maxAttempts(3)
		.waitDuration(Duration.ofMillis(500))
		.ignoreExceptions(AccountNotFoundException.class)
		.build();

	/** Short timeouts: a registration should fail fast with 503 rather than hang. */
	@Bean(destroyMethod = "close")
	Keycloak keycloakAdminClient(IdentityProperties properties) {
		return KeycloakBuilder.builder()
			.serverUrl(properties.serverUrl())
			.realm(properties.realm())
			.grantType(OAuth2Constants.CLIENT_CREDENTIALS)
			.clientId(properties.clientId())
			.clientSecret(properties.clientSecret())
			.resteasyClient(ClientBuilder.newBuilder()
				.connectTimeout(2, TimeUnit.SECONDS)
				.readTimeout(5, TimeUnit.SECONDS)
				.build())
			.build();
	}

	/** Registers the guards before the first call looks them up by name. */
	@Bean
	InitializingBean keycloakGuards(CircuitBreakerRegistry breakers, RetryRegistry retries) {
		return () -> {
			breakers.circuitBreaker("keycloak", KEYCLOAK_BREAKER);
			retries.retry("keycloak-cleanup", CLEANUP_RETRY);
		};
	}

	@Bean
	KeycloakAccounts keycloakAccounts(Keycloak keycloak, IdentityProperties properties) {
		return new KeycloakAccounts(keycloak, properties.realm());
	}

	@Bean
	AccountRegistration accountRegistration(KeycloakAccounts accounts) {
		return new AccountRegistration(accounts);
	}

}
