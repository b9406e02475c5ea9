package org.careflow.localstack;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceEnvironmentTest {

	private final ServiceEnvironment environment = new ServiceEnvironment(LocalStackPorts.defaults().offsetBy(10000),
			"127.0.0.1:19092", "mongodb://127.0.0.1:37017", 13025, true,
			Map.of("patient-service", "p-secret", "appointment-service", "a-secret"),
			Map.of("REMINDER_LEAD_TIME", "PT1M"), Path.of("/tmp/careflow-work"));

	@Test
	void eachServiceGetsItsOwnDatabaseAndTheSharedInfrastructure() {
		Map<String, String> appointments = this.environment.of("appointment-service");

		assertThat(appointments).containsEntry("SERVER_PORT", "18084")
			.containsEntry("MANAGEMENT_PORT", "19084")
			.containsEntry("MONGODB_URI", "mongodb://127.0.0.1:37017/careflow-appointments")
			.containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092")
			.containsEntry("KEYCLOAK_URL", "http://localhost:18180")
			.containsEntry("KEYCLOAK_ISSUER_URI", "http://localhost:18180/realms/careflow")
			.containsEntry("SCHEDULING_SERVICE_URL", "http://127.0.0.1:18083")
			.containsEntry("CAREFLOW_DEMO_DATA", "true")
			.containsEntry("REMINDER_LEAD_TIME", "PT1M");
	}

	@Test
	void gatewayKnowsEveryRoutedServiceButHasNoDatabase() {
		Map<String, String> gateway = this.environment.of("gateway");

		assertThat(gateway).doesNotContainKey("MONGODB_URI")
			.containsEntry("PATIENT_SERVICE_URL", "http://127.0.0.1:18081")
			.containsEntry("DOCTOR_SERVICE_URL", "http://127.0.0.1:18082")
			.containsEntry("SCHEDULING_SERVICE_URL", "http://127.0.0.1:18083")
			.containsEntry("APPOINTMENT_SERVICE_URL", "http://127.0.0.1:18084");
	}

	@Test
	void eachServiceWithAClientSignsInAsItselfAndOnlyNotificationGetsSmtp() {
		assertThat(this.environment.of("patient-service")).containsEntry("KEYCLOAK_CLIENT_ID", "patient-service")
			.containsEntry("KEYCLOAK_CLIENT_SECRET", "p-secret")
			.containsEntry("APPOINTMENT_SERVICE_URL", "http://127.0.0.1:18084")
			.containsEntry("NOTIFICATION_SERVICE_URL", "http://127.0.0.1:18085")
			.containsEntry("PATIENT_DATA_KEYS_FILE", "/tmp/careflow-work/patient-data-keys.properties")
			.containsEntry("PATIENT_DATA_CREATE_KEYS", "true");
		assertThat(this.environment.of("doctor-service"))
			.containsEntry("SCHEDULING_SERVICE_URL", "http://127.0.0.1:18083")
			.containsEntry("PATIENT_SERVICE_URL", "http://127.0.0.1:18081")
			.containsEntry("CAREFLOW_ADMIN_CHOSEN_PASSWORDS", "true");
		assertThat(this.environment.of("appointment-service"))
			.containsEntry("KEYCLOAK_CLIENT_ID", "appointment-service")
			.containsEntry("KEYCLOAK_CLIENT_SECRET", "a-secret");
		assertThat(this.environment.of("notification-service")).containsEntry("SMTP_PORT", "13025")
			.doesNotContainKey("KEYCLOAK_CLIENT_SECRET");
		assertThat(this.environment.of("gateway")).doesNotContainKey("KEYCLOAK_CLIENT_SECRET");
	}

	@Test
	void theServicesThatSignOrCheckEmailsLinksShareOneKeyAndNoOtherGetsIt() {
		String key = this.environment.of("notification-service").get("LINK_SIGNING_KEY");

		assertThat(key).isNotBlank();
		assertThat(this.environment.of("appointment-service")).containsEntry("LINK_SIGNING_KEY", key);
		assertThat(this.environment.of("patient-service")).containsEntry("LINK_SIGNING_KEY", key);
		assertThat(this.environment.of("doctor-service")).doesNotContainKey("LINK_SIGNING_KEY");
		assertThat(this.environment.of("gateway")).doesNotContainKey("LINK_SIGNING_KEY");
	}

}
