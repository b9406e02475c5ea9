package org.careflow.patient.documents.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.careflow.patient.documents.verify.DocumentStatus.State;
import org.careflow.platform.audit.AuditOutcome;
import org.careflow.platform.audit.AuditTrail;
import org.careflow.platform.links.ActionLink;
import org.careflow.platform.links.LinkAction;
import org.careflow.platform.links.LinkProperties;
import org.careflow.platform.links.LinkSigner;
import org.careflow.platform.security.Caller;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class DocumentVerificationTest {

	static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

	static final String KEY = "a-test-key-that-is-long-enough-for-hmac-0123456789";

	static final String PATIENT = "00000000-0000-4000-8000-000000000006";

	private final LinkSigner signer = new LinkSigner(new LinkProperties(KEY, null), Clock.fixed(NOW, ZoneOffset.UTC));

	private final FakePrescriptions prescriptions = new FakePrescriptions();

	private final VerificationLinks links = new VerificationLinks(this.signer, "https://careflow.test");

	private final AuditTrail audit = mock(AuditTrail.class);

	private final DocumentVerification verification = new DocumentVerification(this.signer,
			provider(List.of(this.prescriptions)), provider(List.of(this.audit)));

	@Test
	void aLinkToTheDocumentAsItStandsIsGenuine() {
		DocumentFacts facts = this.prescriptions.put("rx-1", 3, DocumentStatus.of(State.ACTIVE));

		assertThat(this.verification.check(token(this.links.prescription("rx-1", PATIENT, 3, inDays(30)))))
			.isEqualTo(new Verdict.Genuine(facts));
	}

	@Test
	void aFilledOrRevokedDocumentVerifiesAsGenuineWithItsStatus() {
		this.prescriptions.put("rx-filled", 4, DocumentStatus.of(State.FILLED, LocalDate.of(2026, 12, 1)));
		this.prescriptions.put("rx-cancelled", 2, DocumentStatus.of(State.CANCELLED));

		Verdict filled = this.verification.check(token(this.links.prescription("rx-filled", PATIENT, 4, inDays(30))));
		Verdict cancelled = this.verification
			.check(token(this.links.prescription("rx-cancelled", PATIENT, 2, inDays(30))));

		assertThat(filled).isInstanceOfSatisfying(Verdict.Genuine.class,
				(genuine) -> assertThat(genuine.facts().status().text()).isEqualTo("filled on 2026-12-01"));
		assertThat(cancelled).isInstanceOfSatisfying(Verdict.Genuine.class,
				(genuine) -> assertThat(genuine.facts().status().revoked()).isTrue());
	}

	@Test
	void aTamperedCutOrMadeUpTokenIsNotGenuine() {
		this.prescriptions.put("rx-1", 3, DocumentStatus.of(State.ACTIVE));
		String token = token(this.links.prescription("rx-1", PATIENT, 3, inDays(30)));
		char last = token.charAt(token.length() - 1);

		for (String bad : List.of(token.substring(0, token.length() - 1) + ((last == 'A') ? 'B' : 'A'),
				token.substring(0, token.length() - 4), "made-up", "x".repeat(600), "")) {
			assertThat(this.verification.check(bad)).as(bad).isEqualTo(new Verdict.NotGenuine());
		}
	}

	@Test
	void aTokenSignedWithAnotherKeyIsNotGenuine() {
		LinkSigner stranger = new LinkSigner(new LinkProperties(KEY.replace('a', 'b'), null), Clock.systemUTC());
		this.prescriptions.put("rx-1", 3, DocumentStatus.of(State.ACTIVE));

		String forged = stranger
			.sign(ActionLink.issue(LinkAction.VERIFY_DOCUMENT, "rx-1", PATIENT, "prescription.3", inDays(30)));

		assertThat(this.verification.check(forged)).isEqualTo(new Verdict.NotGenuine());
	}

	@Test
	void anotherActionsLinkProvesNoDocument() {
		this.prescriptions.put("rx-1", 3, DocumentStatus.of(State.ACTIVE));

		String cancelLink = this.signer
			.sign(ActionLink.issue(LinkAction.CANCEL, "rx-1", PATIENT, "prescription.3", inDays(30)));

		assertThat(this.verification.check(cancelLink)).isEqualTo(new Verdict.NotGenuine());
	}

	@Test
	void anExpiredLinkSaysWhenItsValidityEnded() {
		this.prescriptions.put("rx-1", 3, DocumentStatus.of(State.ACTIVE));
		Instant ended = NOW.minus(Duration.ofDays(1));

		assertThat(this.verification.check(token(this.links.prescription("rx-1", PATIENT, 3, ended))))
			.isEqualTo(new Verdict.Expired("prescription", ended));
	}

	@Test
	void aLinkToAnEarlierVersionIsSuperseded() {
		DocumentFacts now = this.prescriptions.put("rx-1", 4, DocumentStatus.of(State.ACTIVE));

		assertThat(this.verification.check(token(this.links.prescription("rx-1", PATIENT, 3, inDays(30)))))
			.isEqualTo(new Verdict.Superseded(now));
	}

	@Test
	void anUnknownDocumentKindOrAnotherPatientsDocumentIsNotFound() {
		this.prescriptions.put("rx-1", 3, DocumentStatus.of(State.ACTIVE));

		assertThat(this.verification.check(token(this.links.prescription("rx-404", PATIENT, 3, inDays(30)))))
			.isEqualTo(new Verdict.NotFound("prescription"));
		assertThat(this.verification.check(token(this.links.record("rx-1", PATIENT, 3, NOW))))
			.isEqualTo(new Verdict.NotFound("record"));
		assertThat(this.verification.check(token(this.links.prescription("rx-1", "someone-else", 3, inDays(30)))))
			.isEqualTo(new Verdict.NotFound("prescription"));
	}

	@Test
	void withNoDocumentsAtAllAGenuineLinkIsNotFound() {
		DocumentVerification nothing = new DocumentVerification(this.signer, provider(List.of()), provider(List.of()));

		assertThat(nothing.check(token(this.links.prescription("rx-1", PATIENT, 3, inDays(30)))))
			.isEqualTo(new Verdict.NotFound("prescription"));
	}

	@Test
	void aRecordsLinkWorksTenYears() {
		String url = this.links.record("rec-1", PATIENT, 0, NOW);

		assertThat(this.signer.check(token(url))).isInstanceOfSatisfying(
				org.careflow.platform.links.LinkCheck.Valid.class, (valid) -> assertThat(valid.link().expiresAt())
					.isEqualTo(NOW.atOffset(ZoneOffset.UTC).plusYears(10).toInstant()));
	}

	@Test
	void theUrlIsThePublicUrlsVerifyPathAndCarriesNoHealthData() {
		String url = this.links.prescription("rx-1", PATIENT, 3, inDays(30));

		assertThat(url).startsWith("https://careflow.test/verify/").hasSizeLessThan(300);
		String payload = new String(java.util.Base64.getUrlDecoder().decode(token(url).split("\\.")[0]),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(payload).isEqualTo("verify-document|rx-1|" + PATIENT + "|prescription.3|"
				+ inDays(30).getEpochSecond() + "|" + payload.substring(payload.lastIndexOf('|') + 1));
	}

	static String token(String url) {
		return url.substring(url.lastIndexOf('/') + 1);
	}

	static Instant inDays(int days) {
		return NOW.plus(Duration.ofDays(days));
	}

	@Test
	void aVerificationThatTellsOfADocumentIsAuditedAsAReadOfIt() {
		this.prescriptions.put("rx-1", 3, DocumentStatus.of(State.ACTIVE));
		this.prescriptions.put("rx-2", 5, DocumentStatus.of(State.ACTIVE));
		Caller pharmacist = new Caller("pharmacist-1", Set.of("pharmacist"));

		this.verification.verify(token(this.links.prescription("rx-1", PATIENT, 3, inDays(30))),
				DocumentVerification.ANONYMOUS);
		this.verification.verify(token(this.links.prescription("rx-2", PATIENT, 4, inDays(30))), pharmacist);

		verify(this.audit).record(DocumentVerification.ANONYMOUS, "verify-document", "prescription", "rx-1", PATIENT,
				AuditOutcome.SUCCESS);
		verify(this.audit).record(pharmacist, "verify-document", "prescription", "rx-2", PATIENT, AuditOutcome.SUCCESS);
	}

	@Test
	void aVerificationThatTellsNothingOfADocumentIsNotAudited() {
		this.verification.verify("made-up", DocumentVerification.ANONYMOUS);
		this.verification.verify(token(this.links.prescription("rx-404", PATIENT, 1, inDays(30))),
				DocumentVerification.ANONYMOUS);
		this.verification.verify(token(this.links.prescription("rx-1", PATIENT, 1, inDays(-1))),
				DocumentVerification.ANONYMOUS);

		verifyNoInteractions(this.audit);
	}

	static <T> ObjectProvider<T> provider(List<T> beans) {
		return new ObjectProvider<>() {
			@Override
			public T getObject() {
				throw new UnsupportedOperationException("only streamed");
			}

			@Override
			public T getIfAvailable() {
				return beans.isEmpty() ? null : beans.getFirst();
			}

			@Override
			public void ifAvailable(java.util.function.Consumer<T> consumer) {
				beans.forEach(consumer);
			}

			@Override
			public Stream<T> orderedStream() {
				return beans.stream();
			}
		};
	}

	/** Prescriptions as the prescriptions package would answer for them. */
	static class FakePrescriptions implements VerifiableDocuments {

		private final Map<String, DocumentFacts> byId = new HashMap<>();

		DocumentFacts put(String id, long version, DocumentStatus status) {
			DocumentFacts facts = new DocumentFacts("prescription", id, PATIENT, version, LocalDate.of(2026, 11, 30),
					"Dr Gregory House", status);
			this.byId.put(id, facts);
			return facts;
		}

		@Override
		public String kind() {
			return "prescription";
		}

		@Override
		public Optional<DocumentFacts> find(String id) {
			return Optional.ofNullable(this.byId.get(id));
		}

	}

}
