package org.careflow.localstack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailVerificationLinksTest {

	private static final String LINK = "http://127.0.0.1:8080/links/email/dmVyaWZ5LWVtYWls.c2lnbmF0dXJl";

	@Test
	void findsTheLinkInTheTextOrInTheHtmlOfTheWelcomeEmail() {
		assertThat(EmailVerificationLinks.in("Welcome!\nConfirm your address: " + LINK + "\nThe CareFlow team"))
			.hasValue(LINK);
		assertThat(EmailVerificationLinks.in("<p><a href=\"" + LINK + "\">Confirm</a></p>")).hasValue(LINK);
	}

	@Test
	void findsTheLinkInARawQuotedPrintableBodyThatBrokeItAcrossLines() {
		String raw = "Confirm: " + LINK.substring(0, 40) + "=\r\n" + LINK.substring(40) + "\r\n";

		assertThat(EmailVerificationLinks.in(raw)).hasValue(LINK);
	}

	@Test
	void anAppointmentsActionLinkIsNotTheWelcomeLink() {
		assertThat(EmailVerificationLinks.in("Cancel: http://127.0.0.1:8080/links/Y2FuY2Vs.c2ln")).isEmpty();
	}

}
