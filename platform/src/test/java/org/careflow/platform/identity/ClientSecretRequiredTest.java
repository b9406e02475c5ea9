package org.careflow.platform.identity;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service that names its Keycloak client but not the client's secret refuses to start,
 * saying which variable to set: there is no built-in secret to fall back on.
 */
class ClientSecretRequiredTest {

	private final ApplicationContextRunner service = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ServiceTokenAutoConfiguration.class));

	@Test
	void withoutTheSecretTheContextFailsNamingTheVariable() {
		this.service.withPropertyValues("careflow.identity.client-id=appointment-service")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("KEYCLOAK_CLIENT_SECRET"));
	}

	@Test
	void anEmptySecretIsNoSecret() {
		this.service
			.withPropertyValues("careflow.identity.client-id=appointment-service", "careflow.identity.client-secret=")
			.run(context -> assertThat(context).hasFailed());
	}

	@Test
	void withTheSecretTheServiceGetsItsTokens() {
		this.service
			.withPropertyValues("careflow.identity.client-id=appointment-service",
					"careflow.identity.client-secret=s3cret")
			.run(context -> assertThat(context).hasSingleBean(ServiceTokens.class)
				.hasSingleBean(ServiceTokenInterceptor.class));
	}

}
