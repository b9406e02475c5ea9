package org.careflow.notification.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.careflow.notification.NotificationApplication;
import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A clinic's template that cannot work stops the service as it starts, naming the file,
 * rather than failing every email of its kind later (before Kafka or the SMTP server are
 * contacted; its database is the tests' in-memory one).
 */
class BrokenEmailTemplateRefusedTest {

	@TempDir
	Path templates;

	@Test
	void aReplacedTemplateUsingAVariableItsKindDoesNotOfferStopsTheStartNamingTheFile() throws IOException {
		Path broken = Files.writeString(this.templates.resolve("booked.html"), "<p>Reason: {{reason}}</p>\n");
		SpringApplicationBuilder service = new SpringApplicationBuilder(NotificationApplication.class);

		assertThatException()
			.isThrownBy(() -> service.run("--careflow.links.signing-key=" + TestInfrastructure.LINK_SIGNING_KEY,
					"--careflow.notification.templates=" + this.templates, "--server.port=0",
					"--management.server.port=0",
					"--spring.mongodb.uri=" + TestInfrastructure.mongo().uri("careflow-notifications-template-test"),
					"--spring.kafka.bootstrap-servers=127.0.0.1:9"))
			.satisfies(failure -> assertThat(messagesOf(failure)).contains(broken + ", line 1: {{reason}}"));
	}

	private static String messagesOf(Throwable failure) {
		StringBuilder messages = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			messages.append(cause.getMessage()).append('\n');
		}
		return messages.toString();
	}

}
