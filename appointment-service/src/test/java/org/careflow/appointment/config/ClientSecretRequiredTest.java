package org.careflow.appointment.config;

import org.careflow.appointment.AppointmentApplication;
import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The service has no default for its Keycloak client secret: started without one it
 * refuses to start, and says which variable to set (before Kafka or Keycloak are
 * contacted; its database is the tests' in-memory one).
 */
class ClientSecretRequiredTest {

	@Test
	void withoutAClientSecretTheServiceRefusesToStartNamingTheVariable() {
		SpringApplicationBuilder service = new SpringApplicationBuilder(AppointmentApplication.class);

		assertThatException()
			.isThrownBy(() -> service.run("--careflow.identity.client-secret=", "--server.port=0",
					"--management.server.port=0",
					"--spring.mongodb.uri=" + TestInfrastructure.mongo().uri("careflow-appointments-secret-test"),
					"--spring.kafka.bootstrap-servers=127.0.0.1:9"))
			.satisfies(failure -> assertThat(messagesOf(failure)).contains("KEYCLOAK_CLIENT_SECRET"));
	}

	private static String messagesOf(Throwable failure) {
		StringBuilder messages = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			messages.append(cause.getMessage()).append('\n');
		}
		return messages.toString();
	}

}
