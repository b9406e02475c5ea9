package org.careflow.notification.webhooks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

	private static final String SECRET = "integrator-secret-of-at-least-32-chars!!";

	@Test
	void signsTheTimeAndTheBodyAsAnyHmacSha256LibraryWould() {
		// the same value as Python's hmac.new(secret, b'1700000000.{"id":"e1"}', sha256)
		assertThat(WebhookSignature.header(SECRET, 1_700_000_000L, "{\"id\":\"e1\"}"))
			.isEqualTo("t=1700000000,v1=8302afca68f8e029308e673870975a1d024a0553c7e1867df53c8689e3034bc0");
	}

	@Test
	void anotherTimeOrBodyOrSecretGivesAnotherSignature() {
		String signed = WebhookSignature.header(SECRET, 1_700_000_000L, "{\"id\":\"e1\"}");

		assertThat(WebhookSignature.header(SECRET, 1_700_000_001L, "{\"id\":\"e1\"}")).isNotEqualTo(signed);
		assertThat(WebhookSignature.header(SECRET, 1_700_000_000L, "{\"id\":\"e2\"}")).isNotEqualTo(signed);
		assertThat(WebhookSignature.header(SECRET + "x", 1_700_000_000L, "{\"id\":\"e1\"}")).isNotEqualTo(signed);
	}

}
