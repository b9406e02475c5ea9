package org.careflow.patient.config;

import org.careflow.patient.PatientServiceApplication;
import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The service has no default for its secrets (its Keycloak client's secret, the key of
 * the welcome email's link): started without one it refuses to start, and says which
 * variable to set (before Kafka or Keycloak are contacted; its database is the tests'
 * in-memory one).
 */
class SecretsRequiredTest {

	@Test
	void withoutAClientSecretTheServiceRefusesToStartNamingTheVariable() {
		assertThat(failureToStartWith("--careflow.identity.client-secret=",
				"--careflow.links.signing-key=" + TestInfrastructure.LINK_SIGNING_KEY))
			.contains("KEYCLOAK_CLIENT_SECRET");
	}

	@Test
	void withoutALinkSigningKeyTheServiceRefusesToStartNamingTheVariable() {
		assertThat(failureToStartWith("--careflow.identity.client-secret=some-secret", "--careflow.links.signing-key="))
			.contains("LINK_SIGNING_KEY");
		assertThat(failureToStartWith("--careflow.identity.client-secret=some-secret",
				"--careflow.links.signing-key=too-short"))
			.as("a key too short to be safe")
			.contains("LINK_SIGNING_KEY");
	}

	private static String failureToStartWith(String... secrets) {
		SpringApplicationBuilder service = new SpringApplicationBuilder(PatientServiceApplication.class);
		String[] args = new String[secrets.length + 4];
		System.arraycopy(secrets, 0, args, 0, secrets.length);
		args[secrets.length] = "--server.port=0";
		args[secrets.length + 1] = "--management.server.port=0";
		args[secrets.length + 2] = "--spring.mongodb.uri="
				+ TestInfrastructure.mongo().uri("careflow-patients-secret-test");
		args[secrets.length + 3] = "--spring.kafka.bootstrap-servers=127.0.0.1:9";
		StringBuilder messages = new StringBuilder();
		assertThatException().isThrownBy(() -> service.run(args)).satisfies((failure) -> {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				messages.append(cause.getMessage()).append('\n');
			}
		});
		return messages.toString();
	}

}
