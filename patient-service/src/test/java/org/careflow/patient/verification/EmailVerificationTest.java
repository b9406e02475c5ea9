package org.careflow.patient.verification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.careflow.patient.domain.Patient;
import org.careflow.patient.domain.PatientRepository;
import org.careflow.platform.audit.AuditTrail;
import org.careflow.platform.identity.AccountNotFoundException;
import org.careflow.platform.identity.IdentityProviderUnavailableException;
import org.careflow.platform.identity.KeycloakAccounts;
import org.careflow.platform.links.ActionLink;
import org.careflow.platform.links.LinkAction;
import org.careflow.platform.links.LinkPage;
import org.careflow.platform.links.LinkProperties;
import org.careflow.platform.links.LinkSigner;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

/**
 * What the welcome link does with Keycloak's answers, without Keycloak: what the IT
 * cannot provoke cheaply (an account gone from Keycloak) and what must never reach it (a
 * GET, a link to another address).
 */
class EmailVerificationTest {

	private static final String KEY = "unit-test-link-signing-key-0123456789";

	private static final Patient ADA = new Patient("ada-id", "ada@example.org", "Ada", "Lovelace",
			LocalDate.of(1985, 12, 10), "+44 20 7946 0958", Instant.EPOCH, List.of(), null, null, null, List.of(), null,
			null, 0L);

	private final LinkSigner signer = new LinkSigner(new LinkProperties(KEY, null), Clock.systemUTC());

	private final PatientRepository patients = mock(PatientRepository.class);

	private final KeycloakAccounts accounts = mock(KeycloakAccounts.class);

	private final AuditTrail audit = mock(AuditTrail.class);

	private final EmailVerification verification = new EmailVerification(this.signer, this.patients, this.accounts,
			this.audit);

	EmailVerificationTest() {
		given(this.patients.findById(ADA.id())).willReturn(Optional.of(ADA));
	}

	@Test
	void showingTheLinksPageNeverAsksKeycloak() {
		LinkPage page = this.verification.show(linkTo(ADA.email()));

		assertThat(page.status().value()).isEqualTo(200);
		assertThat(page.buttons()).hasSize(1);
		then(this.accounts).shouldHaveNoInteractions();
	}

	@Test
	void aLinkToAnotherAddressIsSupersededAndKeycloakIsNeverAsked() {
		LinkPage page = this.verification.confirm(linkTo("old.address@example.org"));

		assertThat(page.status().value()).isEqualTo(410);
		assertThat(page.title()).isEqualTo("Your email address has changed since this email");
		then(this.accounts).shouldHaveNoInteractions();
	}

	@Test
	void anAccountGoneFromKeycloakIsSupersededNotAnError() {
		given(this.accounts.markEmailVerified(ADA.id())).willThrow(new AccountNotFoundException(ADA.id()));

		LinkPage page = this.verification.confirm(linkTo(ADA.email()));

		assertThat(page.status().value()).isEqualTo(410);
	}

	@Test
	void keycloakFailingIsATryAgainPage() {
		given(this.accounts.markEmailVerified(ADA.id()))
			.willThrow(new IdentityProviderUnavailableException("Keycloak answered 500", null));

		LinkPage page = this.verification.confirm(linkTo(ADA.email()));

		assertThat(page.status().value()).isEqualTo(503);
		assertThat(page.message()).contains("Nothing was changed");
	}

	@Test
	void onlyTheFirstConfirmationIsAuditedAsAChange() {
		given(this.accounts.markEmailVerified(ADA.id())).willReturn(true, false);

		assertThat(this.verification.confirm(linkTo(ADA.email())).title()).isEqualTo("Your email address is confirmed");
		assertThat(this.verification.confirm(linkTo(ADA.email())).title())
			.isEqualTo("Your email address is already confirmed");

		then(this.audit).should().record(any(), anyString(), anyString(), anyString(), anyString(), any());
	}

	private String linkTo(String email) {
		return this.signer.sign(ActionLink.issue(LinkAction.VERIFY_EMAIL, ADA.id(), ADA.id(),
				ActionLink.boundToAddress(email), Instant.now().plus(Duration.ofHours(1))));
	}

}
