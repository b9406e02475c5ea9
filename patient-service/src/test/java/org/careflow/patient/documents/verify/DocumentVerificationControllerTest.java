package org.careflow.patient.documents.verify;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.careflow.patient.documents.verify.DocumentStatus.State;
import org.careflow.patient.documents.verify.DocumentVerificationTest.FakePrescriptions;
import org.careflow.platform.links.LinkProperties;
import org.careflow.platform.links.LinkSigner;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careflow.patient.documents.verify.DocumentVerificationTest.PATIENT;
import static org.careflow.patient.documents.verify.DocumentVerificationTest.inDays;
import static org.careflow.patient.documents.verify.DocumentVerificationTest.provider;
import static org.careflow.patient.documents.verify.DocumentVerificationTest.token;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /verify/{token}} as a phone's browser and a pharmacy's system meet it: the
 * page or the JSON, with the statuses and the private headers (the public path itself is
 * checked in {@code EmailVerificationIT}, on the whole service).
 */
class DocumentVerificationControllerTest {

	private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private final LinkSigner signer = new LinkSigner(new LinkProperties(DocumentVerificationTest.KEY, null),
			Clock.fixed(DocumentVerificationTest.NOW, ZoneOffset.UTC));

	private final VerificationLinks links = new VerificationLinks(this.signer, "https://careflow.test");

	private final FakePrescriptions prescriptions = new FakePrescriptions();

	private final MockMvc mvc = MockMvcBuilders
		.standaloneSetup(new DocumentVerificationController(
				new DocumentVerification(this.signer, provider(List.of(this.prescriptions)), provider(List.of()))))
		.build();

	@Test
	void aBrowserGetsAPrivatePageSayingTheDocumentIsGenuineAndWhereItStands() throws Exception {
		this.prescriptions.put("rx-1", 3, DocumentStatus.of(State.FILLED, LocalDate.of(2026, 12, 1)));
		String token = prescriptionToken("rx-1", 3);

		verify(token, BROWSER).andExpect(status().isOk())
			.andExpect(content().contentType("text/html;charset=UTF-8"))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(header().string("Referrer-Policy", "no-referrer"))
			.andExpect(header().string("X-Robots-Tag", "noindex"))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")))
			.andExpect(content().string(containsString("Genuine prescription")))
			.andExpect(content()
				.string(containsString("Issued on 2026-11-30 by Dr Gregory House. Status: filled on 2026-12-01.")))
			.andExpect(content().string(not(containsString(token))));
	}

	@Test
	void jsonSaysGenuineKindIssueDatePrescriberAndStatusAndNothingMore() throws Exception {
		this.prescriptions.put("rx-1", 3, DocumentStatus.of(State.ACTIVE));

		String body = verify(prescriptionToken("rx-1", 3), "application/json").andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_JSON))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(jsonPath("$.genuine").value(true))
			.andExpect(jsonPath("$.kind").value("prescription"))
			.andExpect(jsonPath("$.issuedOn").value("2026-11-30"))
			.andExpect(jsonPath("$.prescriber").value("Dr Gregory House"))
			.andExpect(jsonPath("$.status").value("active"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(body).doesNotContain(PATIENT).doesNotContain("rx-1");
	}

	@Test
	void aRevokedDocumentSaysSo() throws Exception {
		this.prescriptions.put("rx-1", 3, DocumentStatus.of(State.ENTERED_IN_ERROR));

		verify(prescriptionToken("rx-1", 3), "application/json").andExpect(status().isOk())
			.andExpect(jsonPath("$.genuine").value(true))
			.andExpect(jsonPath("$.status").value("entered-in-error"));
		verify(prescriptionToken("rx-1", 3), BROWSER)
			.andExpect(content().string(containsString("Genuine prescription, withdrawn")))
			.andExpect(content().string(containsString("must not be used")));
	}

	@Test
	void aTamperedTokenIs400NotGenuine() throws Exception {
		this.prescriptions.put("rx-1", 3, DocumentStatus.of(State.ACTIVE));
		String token = prescriptionToken("rx-1", 3);
		char first = token.charAt(0);
		String tampered = ((first == 'd') ? 'e' : 'd') + token.substring(1);
		String cut = token.substring(0, token.length() - 3);

		for (String bad : List.of(tampered, cut, "made-up")) {
			verify(bad, "application/json").andExpect(status().isBadRequest())
				.andExpect(content().json("{\"genuine\":false}", true));
			verify(bad, BROWSER).andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("Not a genuine CareFlow document")));
		}
	}

	@Test
	void anExpiredTokenIs410() throws Exception {
		this.prescriptions.put("rx-1", 3, DocumentStatus.of(State.ACTIVE));
		String expired = token(this.links.prescription("rx-1", PATIENT, 3, inDays(-2)));

		verify(expired, "application/json").andExpect(status().isGone())
			.andExpect(jsonPath("$.genuine").value(true))
			.andExpect(jsonPath("$.status").value("expired on 2026-11-28"))
			.andExpect(jsonPath("$.prescriber").doesNotExist());
		verify(expired, BROWSER).andExpect(status().isGone())
			.andExpect(content().string(containsString("This prescription has expired")));
	}

	@Test
	void aTokenForAnEarlierVersionIs410Superseded() throws Exception {
		this.prescriptions.put("rx-1", 4, DocumentStatus.of(State.ACTIVE));

		verify(prescriptionToken("rx-1", 3), "application/json").andExpect(status().isGone())
			.andExpect(jsonPath("$.status").value("superseded"));
		verify(prescriptionToken("rx-1", 3), BROWSER).andExpect(status().isGone())
			.andExpect(content().string(containsString("has changed since it was printed")));
	}

	@Test
	void aGenuineTokenForNoKnownDocumentIs404() throws Exception {
		verify(prescriptionToken("rx-gone", 1), "application/json").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value("not found"));
	}

	@Test
	void whileTheDocumentsCannotBeReadItSaysToTryAgain() throws Exception {
		VerifiableDocuments down = new FakePrescriptions() {
			@Override
			public java.util.Optional<DocumentFacts> find(String id) {
				throw new DataAccessResourceFailureException("MongoDB is down");
			}
		};
		MockMvc mvc = MockMvcBuilders
			.standaloneSetup(new DocumentVerificationController(
					new DocumentVerification(this.signer, provider(List.of(down)), provider(List.of()))))
			.build();

		mvc.perform(get("/verify/{token}", prescriptionToken("rx-1", 3)).header("Accept", BROWSER))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().string(containsString("Please try again in a minute")));
		mvc.perform(get("/verify/{token}", prescriptionToken("rx-1", 3)).header("Accept", "application/json"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "10"));
	}

	@Test
	void onlyACallerPreferringJsonGetsJson() {
		assertThat(DocumentVerificationController.wantsJson("application/json")).isTrue();
		assertThat(DocumentVerificationController.wantsJson("text/html;q=0.5, application/json")).isTrue();
		assertThat(DocumentVerificationController.wantsJson(BROWSER)).isFalse();
		assertThat(DocumentVerificationController.wantsJson("*/*")).isFalse();
		assertThat(DocumentVerificationController.wantsJson(null)).isFalse();
		assertThat(DocumentVerificationController.wantsJson("}{not a media type")).isFalse();
	}

	private String prescriptionToken(String id, long version) {
		return token(this.links.prescription(id, PATIENT, version, inDays(30)));
	}

	private ResultActions verify(String token, String accept) throws Exception {
		return this.mvc.perform(get("/verify/{token}", token).header("Accept", accept));
	}

}
