package org.careflow.notification.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.careflow.notification.NotificationApplication;
import org.careflow.testinfra.RefusedStart;
import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;

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

		assertThat(
				RefusedStart.messages((args) -> new SpringApplicationBuilder(NotificationApplication.class).run(args),
						"careflow-notifications-template-test",
						"--careflow.links.signing-key=" + TestInfrastructure.LINK_SIGNING_KEY,
						"--careflow.notification.templates=" + this.templates))
			.contains(broken + ", line 1: {{reason}}");
	}

}
