package org.careflow.notification.config;

import org.careflow.notification.NotificationApplication;
import org.careflow.testinfra.RefusedStart;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service has no default for the key its emails' links are signed with: started
 * without one it refuses to start, and says which variable to set (before Kafka, Keycloak
 * or the SMTP server are contacted; its database is the tests' in-memory one).
 */
class LinkSigningKeyRequiredTest {

	@Test
	void withoutALinkSigningKeyTheServiceRefusesToStartNamingTheVariable() {
		assertThat(
				RefusedStart.messages((args) -> new SpringApplicationBuilder(NotificationApplication.class).run(args),
						"careflow-notifications-key-test", "--careflow.links.signing-key="))
			.contains("LINK_SIGNING_KEY");
	}

}
