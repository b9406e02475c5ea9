package org.careflow.patient.config;

import org.careflow.patient.PatientServiceApplication;
import org.careflow.testinfra.RefusedStart;
import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service has no default for its secrets (its Keycloak client's secret, the key of
 * the welcome email's link, the keys of personal data; the tests' own keys are in
 * {@code src/test/resources/config/application.yml}): started without one it refuses to
 * start, and says which variable to set (before Kafka or Keycloak are contacted; its
 * database is the tests' in-memory one).
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

	@Test
	void withoutTheKeysOfPersonalDataTheServiceRefusesToStartNamingTheVariable() {
		String secrets = "--careflow.identity.client-secret=some-secret";
		String link = "--careflow.links.signing-key=" + TestInfrastructure.LINK_SIGNING_KEY;

		assertThat(failureToStartWith(secrets, link, "--careflow.crypto.current-key="))
			.contains("PATIENT_DATA_CURRENT_KEY");
		assertThat(failureToStartWith(secrets, link, "--careflow.crypto.index-key="))
			.contains("PATIENT_DATA_INDEX_KEY");
	}

	private static String failureToStartWith(String... secrets) {
		return RefusedStart.messages((args) -> new SpringApplicationBuilder(PatientServiceApplication.class).run(args),
				"careflow-patients-secret-test", secrets);
	}

}
