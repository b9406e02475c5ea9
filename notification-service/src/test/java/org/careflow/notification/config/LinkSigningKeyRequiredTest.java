package org.careflow.notification.config;

import org.careflow.notification.NotificationApplication;
import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The service has no default for the key its emails' links are signed with: started
 * without one it refuses to start, and says which variable to set (before Kafka, Keycloak
 * or the SMTP server are contacted; its database is the tests' in-memory one).
 */
class LinkSigningKeyRequiredTest {

	@Test
	void withoutALinkSigningKeyTheServiceRefusesToStartNamingTheVariable() {
		SpringApplicationBuilder service = new SpringApplicationBuilder(NotificationApplication.class);

		assertThatException()
			.isThrownBy(
					() -> service.run("--careflow.links.signing-key=", "--server.port=0", "--management.server.port=0",
							"--spring.mongodb.uri=" + TestInfrastructure.mongo().uri("careflow-notifications-key-test"),
							"--spring.kafka.bootstrap-servers=127.0.0.1:9"))
			.satisfies(failure -> assertThat(messagesOf(failure)).contains("LINK_SIGNING_KEY"));
	}

	private static String messagesOf(Throwable failure) {
		StringBuilder messages = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			messages.append(cause.getMessage()).append('\n');
		}
		return messages.toString();
	}

}
