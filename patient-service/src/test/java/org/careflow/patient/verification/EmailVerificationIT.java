package org.careflow.patient.verification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.careflow.platform.links.ActionLink;
import org.careflow.platform.links.LinkAction;
import org.careflow.platform.links.LinkProperties;
import org.careflow.platform.links.LinkSigner;
import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The welcome email's link against the real Keycloak: a GET shows a page and changes
 * nothing, the button's POST marks the account's address verified (as the patient's next
 * token shows), a second press says so harmlessly, and a tampered, expired, misbound or
 * foreign link gets a clear page and verifies nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EmailVerificationIT {

	private static final String PASSWORD = "correct-horse-battery";

	private static final LinkSigner SIGNER = new LinkSigner(
			new LinkProperties(TestInfrastructure.LINK_SIGNING_KEY, null), Clock.systemUTC());

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "careflow-patients-verification-it");
		TestInfrastructure.registerClient(registry, "patient-service");
		TestInfrastructure.registerLinkSigning(registry);
	}

	@LocalServerPort
	private int port;

	@Autowired
	private CircuitBreakerRegistry breakers;

	private RestClient http;

	@BeforeEach
	void client() {
		this.http = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
	}

	@Test
	void theWelcomeLinkShowsAPageChangingNothingAndItsButtonVerifiesTheAddressOnce() {
		String email = uniqueEmail();
		String id = register(email);
		String token = SIGNER.sign(link(LinkAction.VERIFY_EMAIL, id, email, Duration.ofHours(72)));

		ResponseEntity<String> shown = get(token);
		assertThat(shown).satisfies(page(200, "Confirm your email address"));
		assertThat(shown.getBody()).contains("<form method=\"post\">").doesNotContain(token);
		assertThat(shown.getHeaders().getCacheControl()).isEqualTo("no-store");
		assertThat(shown.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(emailVerified(email)).as("a GET changes nothing").isFalse();

		assertThat(post(token)).satisfies(page(200, "Your email address is confirmed"));
		assertThat(emailVerified(email)).as("the patient's next token").isTrue();

		assertThat(post(token)).as("pressed again: harmless")
			.satisfies(page(200, "Your email address is already confirmed"));
		assertThat(emailVerified(email)).isTrue();
	}

	@Test
	void aTamperedCutOrMadeUpLinkIs400AndVerifiesNothing() {
		String email = uniqueEmail();
		String id = register(email);
		String token = SIGNER.sign(link(LinkAction.VERIFY_EMAIL, id, email, Duration.ofHours(72)));
		char last = token.charAt(token.length() - 1);
		String tampered = token.substring(0, token.length() - 1) + ((last == 'A') ? 'B' : 'A');

		for (String bad : List.of(tampered, token.substring(0, token.length() - 5), "made-up", "x".repeat(600))) {
			assertThat(get(bad)).satisfies(page(400, "This link is not valid"));
			assertThat(post(bad)).satisfies(page(400, "This link is not valid"));
		}
		// longer than a request line may be (8 kB): the web server's own 400, not a 5xx
		// (the gateway turns such a line away before it is routed)
		long started = System.nanoTime();
		assertThat(get("x".repeat(10_000)).getStatusCode().value()).isEqualTo(400);
		assertThat(post("x".repeat(10_000)).getStatusCode().value()).isEqualTo(400);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
		assertThat(emailVerified(email)).isFalse();
	}

	@Test
	void anExpiredLinkIs410AndVerifiesNothing() {
		String email = uniqueEmail();
		String id = register(email);
		String expired = SIGNER.sign(link(LinkAction.VERIFY_EMAIL, id, email, Duration.ofSeconds(-1)));

		assertThat(get(expired)).satisfies(page(410, "This link has expired"));
		assertThat(post(expired)).satisfies(page(410, "This link has expired"));
		assertThat(emailVerified(email)).isFalse();
	}

	@Test
	void aLinkToAnotherAddressThanThePatientsIs410AndVerifiesNothing() {
		String email = uniqueEmail();
		String id = register(email);
		String toAnotherAddress = SIGNER
			.sign(link(LinkAction.VERIFY_EMAIL, id, "someone.else@example.org", Duration.ofHours(72)));

		assertThat(get(toAnotherAddress)).satisfies(page(410, "Your email address has changed since this email"));
		assertThat(post(toAnotherAddress)).satisfies(page(410, "Your email address has changed since this email"));
		assertThat(emailVerified(email)).isFalse();
		assertThat(post(SIGNER.sign(link(LinkAction.VERIFY_EMAIL, id, email.toUpperCase(), Duration.ofHours(72)))))
			.as("the address's case does not matter to a mailbox")
			.satisfies(page(200, "Your email address is confirmed"));
	}

	@Test
	void anotherActionsLinkOrAnUnknownPatientIsNotAVerificationLink() {
		String email = uniqueEmail();
		String id = register(email);
		String cancel = SIGNER.sign(ActionLink.issue(LinkAction.CANCEL, UUID.randomUUID().toString(), id,
				ActionLink.boundToAddress(email), Instant.now().plus(Duration.ofHours(1))));
		String unknown = SIGNER
			.sign(link(LinkAction.VERIFY_EMAIL, UUID.randomUUID().toString(), email, Duration.ofHours(1)));

		assertThat(get(cancel)).satisfies(page(400, "This link is not valid"));
		assertThat(post(cancel)).satisfies(page(400, "This link is not valid"));
		assertThat(post(unknown)).satisfies(page(410, "has changed since this email"));
		assertThat(emailVerified(email)).isFalse();
	}

	@Test
	void whileKeycloakCannotBeUsedThePageSaysTryAgainAndTheLinkStillWorksAfter() {
		String email = uniqueEmail();
		String id = register(email);
		String token = SIGNER.sign(link(LinkAction.VERIFY_EMAIL, id, email, Duration.ofHours(72)));
		CircuitBreaker keycloak = this.breakers.circuitBreaker("keycloak");
		keycloak.transitionToForcedOpenState();
		try {
			assertThat(post(token)).satisfies(page(503, "Please try again in a minute"));
		}
		finally {
			keycloak.transitionToClosedState();
		}
		assertThat(emailVerified(email)).isFalse();

		assertThat(post(token)).satisfies(page(200, "Your email address is confirmed"));
	}

	/**
	 * The other signed link this service answers, in the same context: a printed
	 * document's QR code ({@code /verify/{token}}), public for GET. No document package
	 * answers for prescriptions yet, so the service starts without one and a genuine link
	 * is "not found"; anything unsigned is "not genuine", for everyone alike.
	 */
	@Test
	void aDocumentsQrCodeIsAnsweredWithoutSignInAndAnUnsignedOneIsNotGenuine() {
		String patientId = UUID.randomUUID().toString();
		String genuine = SIGNER.sign(ActionLink.issue(LinkAction.VERIFY_DOCUMENT, UUID.randomUUID().toString(),
				patientId, "prescription.0", Instant.now().plus(Duration.ofDays(30))));
		String welcome = SIGNER.sign(link(LinkAction.VERIFY_EMAIL, patientId, uniqueEmail(), Duration.ofHours(1)));

		assertThat(verify("made-up")).satisfies(page(400, "Not a genuine CareFlow document"));
		assertThat(verify(welcome)).as("another action's link proves no paper")
			.satisfies(page(400, "Not a genuine CareFlow document"));
		ResponseEntity<String> json = this.http.get()
			.uri("/verify/{token}", genuine)
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.toEntity(String.class);
		assertThat(json.getStatusCode().value()).isEqualTo(404);
		assertThat(json.getBody()).isEqualTo("{\"genuine\":true,\"kind\":\"prescription\",\"status\":\"not found\"}");
		assertThat(this.http.post()
			.uri("/verify/{token}", genuine)
			.retrieve()
			.toEntity(String.class)
			.getStatusCode()
			.value()).as("GET only").isEqualTo(401);
	}

	private ResponseEntity<String> verify(String token) {
		return this.http.get()
			.uri("/verify/{token}", token)
			.accept(MediaType.TEXT_HTML)
			.retrieve()
			.toEntity(String.class);
	}

	private static ActionLink link(LinkAction action, String patientId, String email, Duration validFor) {
		return ActionLink.issue(action, patientId, patientId, ActionLink.boundToAddress(email),
				Instant.now().plus(validFor));
	}

	private String register(String email) {
		ResponseEntity<String> created = this.http.post()
			.uri("/api/patients/register")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("email", email, "password", PASSWORD, "firstName", "Ada", "lastName", "Lovelace", "birthDate",
					"1985-12-10", "phone", "+44 20 7946 0958"))
			.retrieve()
			.toEntity(String.class);
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		return JsonMapper.builder().build().readTree(created.getBody()).get("id").asString();
	}

	private static boolean emailVerified(String email) {
		String jwt = TestInfrastructure.keycloak().accessToken(email, PASSWORD);
		String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
		return JsonMapper.builder().build().readTree(payload).get("email_verified").asBoolean();
	}

	private ResponseEntity<String> get(String token) {
		return this.http.get().uri("/links/email/{token}", token).retrieve().toEntity(String.class);
	}

	/** As the page's form posts it. */
	private ResponseEntity<String> post(String token) {
		return this.http.post()
			.uri("/links/email/{token}", token)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body("choice=")
			.retrieve()
			.toEntity(String.class);
	}

	private static Consumer<ResponseEntity<String>> page(int status, String says) {
		return (response) -> {
			assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
			assertThat(response.getHeaders().getContentType()).isNotNull()
				.satisfies((type) -> assertThat(type.isCompatibleWith(MediaType.TEXT_HTML)).isTrue());
			assertThat(response.getBody()).contains(says);
		};
	}

	private static String uniqueEmail() {
		return "ada." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

}
