package org.careflow.gateway;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The gateway as a client meets it: real Keycloak tokens, real HTTP to a real (tiny)
 * downstream server standing in for the routed services.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class GatewayIT {

	/** The demo users' password in keycloak/careflow-realm.json. */
	private static final String DEMO_PASSWORD = "careflow-demo";

	private static final DownstreamServer patientService = DownstreamServer.start();

	private static final DownstreamServer doctorService = DownstreamServer.start();

	@Value("${local.server.port}")
	private int port;

	private GatewayClient gateway;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("careflow.security.issuer-uri", () -> TestInfrastructure.keycloak().issuerUri());
		registry.add("careflow.security.jwk-set-uri", () -> TestInfrastructure.keycloak().jwkSetUri());
		registry.add("PATIENT_SERVICE_URL", patientService::url);
		registry.add("DOCTOR_SERVICE_URL", doctorService::url);
		// nothing listens there: appointment-service is down throughout
		registry.add("APPOINTMENT_SERVICE_URL", () -> "http://127.0.0.1:9");
		// appointment-service's OpenAPI document, as the stand-in patient service answers
		registry.add("careflow.docs.services.appointment", patientService::url);
	}

	@BeforeEach
	void connect() {
		this.gateway = new GatewayClient(this.port);
		patientService.received().clear();
	}

	@Test
	void aRequestWithoutTokenIsTurnedAwayWith401ProblemBeforeReachingTheService() {
		HttpResponse<String> response = this.gateway.get("/api/patients/me", null);

		assertUnauthorizedProblem(response);
		assertThat(patientService.received()).isEmpty();
	}

	/**
	 * Every service logs and audits under the trace the gateway passes on: the caller's
	 * own trace when it sends one, the gateway's otherwise.
	 */
	@Test
	void theTraceContinuesIntoTheService() {
		String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
		String token = patientToken();

		this.gateway.get("/api/patients/me", token, "traceparent", "00-" + traceId + "-00f067aa0ba902b7-01");
		this.gateway.get("/api/patients/me", token);

		assertThat(patientService.received()).extracting(DownstreamServer.Received::traceparent)
			.satisfiesExactly(
					callersTrace -> assertThat(callersTrace).startsWith("00-" + traceId + "-")
						.doesNotContain("00f067aa0ba902b7"),
					gatewaysTrace -> assertThat(gatewaysTrace).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]")
						.doesNotContain(traceId));
	}

	@Test
	void aRequestWithARealTokenReachesTheServiceWithItsAuthorizationHeaderUnchanged() {
		String token = patientToken();

		HttpResponse<String> response = this.gateway.get("/api/patients/me", token);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"served\":true");
		assertThat(patientService.received()).singleElement().satisfies(request -> {
			assertThat(request.path()).isEqualTo("/api/patients/me");
			assertThat(request.authorization()).isEqualTo("Bearer " + token);
		});
	}

	@Test
	void aGarbageOrTamperedTokenIsTurnedAwayWith401() {
		String[] parts = patientToken().split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
		String forgedPayload = payload.replaceFirst("\\{", "{\"x-forged\":true,");
		String tampered = parts[0] + "."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(forgedPayload.getBytes(StandardCharsets.UTF_8))
				+ "." + parts[2];

		assertUnauthorizedProblem(this.gateway.get("/api/patients/me", "not-a-token"));
		assertUnauthorizedProblem(this.gateway.get("/api/patients/me", tampered));
		assertThat(patientService.received()).isEmpty();
	}

	@Test
	void patientRegistrationPassesWithoutToken() {
		HttpResponse<String> response = this.gateway.post("/api/patients/register", null, "{\"email\":\"a@b.org\"}");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(patientService.received()).singleElement()
			.satisfies(request -> assertThat(request.method()).isEqualTo("POST"));
	}

	@Test
	void pathsOutsideThePublicApiAreNotRouted() {
		HttpResponse<String> response = this.gateway.get("/internal/patients/1", patientToken());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(patientService.received()).isEmpty();
	}

	@Test
	void aStoppedServiceAnswers503ProblemNamingIt() {
		doctorService.stop();

		HttpResponse<String> response = this.gateway.get("/api/doctors", patientToken());

		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = GatewayClient.json(response);
		assertThat(problem.get("status").asInt()).isEqualTo(503);
		assertThat(problem.get("service").asString()).isEqualTo("doctor-service");
		assertThat(problem.get("detail").asString()).contains("doctor-service");
		assertThat(GatewayClient.json(this.gateway.get("/api/departments/1/doctors", patientToken()))
			.get("service")
			.asString()).as("departments live in doctor-service").isEqualTo("doctor-service");
		assertThat(
				GatewayClient.json(this.gateway.get("/api/staff?role=nurse", patientToken())).get("service").asString())
			.as("so do staff accounts")
			.isEqualTo("doctor-service");

		HttpResponse<String> beds = this.gateway.get("/api/departments/1/beds", patientToken());
		assertThat(beds.statusCode()).as("a department's beds are patient-service's").isEqualTo(200);
		HttpResponse<String> patients = this.gateway.get("/api/departments/1/patients", patientToken());
		assertThat(patients.statusCode()).as("and so are its patients").isEqualTo(200);
		assertThat(patientService.received()).extracting((request) -> request.path())
			.containsExactly("/api/departments/1/beds", "/api/departments/1/patients");
	}

	@Test
	void anEmailsLinkNeedsNoTokenAndWhileAppointmentsAreDownItsPageSaysToTryAgain() {
		HttpResponse<String> response = this.gateway.get("/links/some-signed-token", null);

		assertThat(response.statusCode()).as("routed without a token, to a service that is down").isEqualTo(503);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(response.headers().firstValue("Retry-After")).hasValue("10");
		assertThat(response.body()).contains("Please try again in a minute").contains("your link still works");
		assertThat(this.gateway.get("/links/a/b", null).statusCode()).as("one path segment only").isEqualTo(401);
	}

	@Test
	void theWelcomeEmailsLinkNeedsNoTokenAndReachesThePatientServiceForItsPageAndItsButton() {
		HttpResponse<String> page = this.gateway.get("/links/email/some-signed-token", null);
		HttpResponse<String> pressed = this.gateway.post("/links/email/some-signed-token", null, "choice=");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(pressed.statusCode()).isEqualTo(200);
		assertThat(patientService.received())
			.extracting(DownstreamServer.Received::method, DownstreamServer.Received::path)
			.containsExactly(tuple("GET", "/links/email/some-signed-token"),
					tuple("POST", "/links/email/some-signed-token"));
		assertThat(this.gateway.get("/links/email/a/b", null).statusCode()).as("one token segment only").isEqualTo(401);
	}

	@Test
	void aDocumentsQrCodeNeedsNoTokenAndReachesThePatientServiceByGetOnly() {
		HttpResponse<String> page = this.gateway.get("/verify/some-signed-token", null);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(patientService.received())
			.extracting(DownstreamServer.Received::method, DownstreamServer.Received::path)
			.containsExactly(tuple("GET", "/verify/some-signed-token"));
		assertThat(this.gateway.post("/verify/some-signed-token", null, "").statusCode()).as("GET only").isEqualTo(401);
		assertThat(this.gateway.get("/verify/a/b", null).statusCode()).as("one token segment only").isEqualTo(401);
		assertThat(patientService.received()).hasSize(1);
	}

	@Test
	void theAuditTrailIsRoutedToThePatientService() {
		HttpResponse<String> response = this.gateway.get("/api/audit/patients/1", patientToken());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(patientService.received()).singleElement()
			.satisfies(request -> assertThat(request.path()).isEqualTo("/api/audit/patients/1"));
	}

	@Test
	void theChartIsRoutedToThePatientService() {
		List<String> chart = List.of("/api/records/1", "/api/procedures/1/perform", "/api/vaccines",
				"/api/prescriptions/1", "/api/qr/1", "/api/patients/1/allergies");

		chart
			.forEach((path) -> assertThat(this.gateway.get(path, patientToken()).statusCode()).as(path).isEqualTo(200));

		assertThat(patientService.received()).extracting(DownstreamServer.Received::path)
			.containsExactlyElementsOf(chart);
	}

	@Test
	void thePortalsPageIsServedWithoutTokenWithAStrictContentSecurityPolicyAndNeverStored() {
		HttpResponse<String> page = this.gateway.get("/", null);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("<div id=\"app\">").containsPattern("src=\"/assets/[^\"]+\\.js\"");
		assertThat(page.body()).as("no inline script").doesNotContainPattern("<script(?![^>]*src=)[^>]*>");
		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying((csp) -> assertThat(csp)
			.contains("default-src 'self'", "script-src 'self';", "connect-src 'self' http://localhost:8180",
					"frame-ancestors 'none'", "base-uri 'none'", "form-action 'self' http://localhost:8180")
			.doesNotContain("unsafe-inline", "unsafe-eval"));
		assertThat(page.headers().allValues("Cache-Control")).containsExactly("no-store");
		assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(this.gateway.get("/app/anything", null).body()).as("the page for its own paths too")
			.isEqualTo(page.body());
		HttpResponse<String> head = this.gateway.head("/");
		assertThat(head.statusCode()).as("HEAD, as link checkers and curl -I ask").isEqualTo(200);
		assertThat(head.headers().allValues("Cache-Control")).containsExactly("no-store");
		assertThat(this.gateway.head(assetPath(page.body())).statusCode()).isEqualTo(200);
	}

	@Test
	void thePortalsHashedAssetsAreCachedForeverAndSentGzippedToBrowsersThatAcceptIt() {
		String script = assetPath(this.gateway.get("/", null).body());

		HttpResponse<String> plain = this.gateway.get(script, null);
		HttpResponse<String> gzipped = this.gateway.get(script, null, "Accept-Encoding", "gzip, deflate, br");

		assertThat(plain.statusCode()).isEqualTo(200);
		assertThat(plain.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).contains("javascript"));
		assertThat(plain.headers().allValues("Cache-Control")).containsExactly("public, max-age=31536000, immutable");
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(gzipped.statusCode()).isEqualTo(200);
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzipped.headers().firstValueAsLong("Content-Length").orElseThrow())
			.isLessThan(plain.headers().firstValueAsLong("Content-Length").orElseThrow());
		assertThat(this.gateway.get("/assets/missing.js", null).statusCode()).isEqualTo(404);
		assertThat(this.gateway.get("/assets/..%2Fportal%2Findex.html", null).statusCode()).isIn(400, 404);
	}

	@Test
	void thePortalsSignInSettingsNeedNoTokenAndNothingUnderTheApiOpens() {
		HttpResponse<String> config = this.gateway.get("/portal-config.json", null);

		assertThat(config.statusCode()).isEqualTo(200);
		assertThat(config.headers().allValues("Cache-Control")).containsExactly("no-store");
		JsonNode settings = GatewayClient.json(config);
		assertThat(settings.get("keycloakUrl").asString()).isEqualTo("http://localhost:8180");
		assertThat(settings.get("realm").asString()).isEqualTo("careflow");
		assertThat(settings.get("clientId").asString()).isEqualTo("careflow-web");
		assertUnauthorizedProblem(this.gateway.get("/api/doctors", null));
		assertUnauthorizedProblem(this.gateway.get("/api/appointments", null));
		assertUnauthorizedProblem(this.gateway.post("/", null, "{}"));
		assertThat(patientService.received()).isEmpty();
	}

	private static String assetPath(String page) {
		Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(page);
		assertThat(script.find()).as("the page loads a script").isTrue();
		return script.group(1);
	}

	/** A real token of the realm's demo patient. */
	static String patientToken() {
		return TestInfrastructure.keycloak().accessToken("patient@careflow.local", DEMO_PASSWORD);
	}

	@Test
	void theSwaggerUiAtDocsNeedsNoTokenAndHasAPolicyOfItsOwnThatStillForbidsFraming() {
		HttpResponse<String> page = followRedirects("/docs");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("swagger-ui");
		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying((csp) -> assertThat(csp)
			.contains("script-src 'self';", "frame-ancestors 'none'", "connect-src 'self' http://localhost:8180"));

		HttpResponse<String> settings = this.gateway.get("/docs/ui/swagger-config", null);
		assertThat(settings.statusCode()).isEqualTo(200);
		assertThat(settings.body()).as("the five documents")
			.contains("/docs/appointment/openapi.json", "/docs/patient/openapi.json", "/docs/doctor/openapi.json",
					"/docs/scheduling/openapi.json", "/docs/notification/openapi.json")
			.contains("/docs/swagger-ui/oauth2-redirect.html");
		HttpResponse<String> initializer = this.gateway.get("/docs/swagger-ui/swagger-initializer.js", null);
		assertThat(initializer.statusCode()).isEqualTo(200);
		assertThat(initializer.body()).as("the Keycloak sign-in: the public client, with PKCE")
			.contains("careflow-web")
			.containsPattern("usePkceWithAuthorizationCodeGrant\"?\\s*:\\s*true");
	}

	/** As a browser does: every hop stays under /docs and needs no token. */
	private HttpResponse<String> followRedirects(String path) {
		HttpResponse<String> response = this.gateway.get(path, null);
		for (int hops = 0; response.statusCode() == 302 && hops < 3; hops++) {
			String next = URI.create(response.headers().firstValue("Location").orElseThrow()).getPath();
			assertThat(next).startsWith("/docs/");
			response = this.gateway.get(next, null);
		}
		return response;
	}

	@Test
	void aServicesOpenApiDocumentNeedsNoTokenAndSendsTryItOutThroughTheGateway() throws Exception {
		HttpResponse<String> document = this.gateway.get("/docs/appointment/openapi.json", null);

		assertThat(document.statusCode()).isEqualTo(200);
		assertThat(document.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		JsonNode json = JsonMapper.builder().build().readTree(document.body());
		assertThat(json.path("servers").get(0).path("url").asString()).isEqualTo("http://127.0.0.1:" + this.port);
		assertThat(patientService.received()).singleElement().satisfies((received) -> {
			assertThat(received.path()).isEqualTo("/v3/api-docs");
			assertThat(received.authorization()).isNull();
		});
	}

	@Test
	void onlyTheFiveServicesHaveADocumentAndDocsIsReadOnly() {
		HttpResponse<String> unknown = this.gateway.get("/docs/nope/openapi.json", null);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");

		assertUnauthorizedProblem(this.gateway.post("/docs/patient/openapi.json", null, "{}"));
	}

	static void assertUnauthorizedProblem(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(GatewayClient.json(response).get("status").asInt()).isEqualTo(401);
	}

}
