package org.careflow.platform.identity;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Service tokens for services that call others: those that name their Keycloak client
 * ({@code careflow.identity.client-id}, from {@code KEYCLOAK_CLIENT_ID}).
 */
@AutoConfiguration
@ConditionalOnProperty("careflow.identity.client-id")
@EnableConfigurationProperties(IdentityProperties.class)
public class ServiceTokenAutoConfiguration {

	@Bean
	ServiceTokens serviceTokens(IdentityProperties identity, ObjectProvider<Clock> clock) {
		return new ServiceTokens(identity, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	ServiceTokenInterceptor serviceTokenInterceptor(ServiceTokens tokens) {
		return new ServiceTokenInterceptor(tokens);
	}

}
