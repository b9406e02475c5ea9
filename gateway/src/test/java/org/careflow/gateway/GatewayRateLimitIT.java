package org.careflow.gateway;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.careflow.testinfra.TestTokenIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rate limits as a client meets them, with small limits so the test is quick. Each
 * test calls from its own loopback address (127.0.0.x), so each is a client of its own.
 * Sustained rates are one per second (registrations: one per hour), so "keep asking until
 * refused" ends right after the burst on any machine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.server.port=0", "careflow.rate-limit.user-per-second=1",
				"careflow.rate-limit.user-burst=5", "careflow.rate-limit.anonymous-per-second=1",
				"careflow.rate-limit.anonymous-burst=5", "careflow.rate-limit.registration-per-hour=1",
				"careflow.rate-limit.registration-burst=3" })
class GatewayRateLimitIT {

	private static final int BURST = 5;

	private static final int REGISTRATION_BURST = 3;

	/** Far more than a burst plus what one second refills. */
	private static final int ENOUGH_TO_BE_REFUSED = 200;

	private static final TestTokenIssuer issuer = TestTokenIssuer.start();

	private static final DownstreamServer patientService = DownstreamServer.start();

	private static final DownstreamServer doctorService = DownstreamServer.start();

	@Value("${local.server.port}")
	private int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		issuer.register(registry);
		registry.add("PATIENT_SERVICE_URL", patientService::url);
		registry.add("DOCTOR_SERVICE_URL", doctorService::url);
	}

	@BeforeEach
	void forgetEarlierRequests() {
		patientService.received().clear();
		doctorService.received().clear();
	}

	@Test
	void registrationsBeyondTheBurstFromOneAddressGet429AndCreateNothing() {
		GatewayClient client = GatewayClient.from("127.0.0.2", this.port);
		for (int i = 0; i < REGISTRATION_BURST; i++) {
			assertThat(register(client).statusCode()).isEqualTo(200);
		}

		HttpResponse<String> refused = register(client);

		assertTooManyRequests(refused, "registration");
		assertThat(GatewayClient.json(refused).get("detail").asString()).contains("registrations");
		assertThat(patientService.received()).hasSize(REGISTRATION_BURST);
	}

	@Test
	void aRegistrationPathSpelledWithPercentEncodingCountsAsARegistration() {
		GatewayClient client = GatewayClient.from("127.0.0.3", this.port);
		for (int i = 0; i < REGISTRATION_BURST; i++) {
			register(client);
		}

		HttpResponse<String> refused = client.post("/api/patients/%72egister", null, "{}");

		assertTooManyRequests(refused, "registration");
		assertThat(patientService.received()).hasSize(REGISTRATION_BURST);
	}

	@Test
	void anotherAddressMayStillRegisterWhenOneHasUsedItsBudget() {
		GatewayClient spent = GatewayClient.from("127.0.0.4", this.port);
		for (int i = 0; i < REGISTRATION_BURST; i++) {
			register(spent);
		}
		assertTooManyRequests(register(spent), "registration");

		assertThat(register(GatewayClient.from("127.0.0.5", this.port)).statusCode()).isEqualTo(200);
	}

	@Test
	void aUserBeyondTheirBurstGets429WhileAnotherUserIsStillServed() {
		GatewayClient frontDesk = GatewayClient.from("127.0.0.6", this.port);
		String busyUser = issuer.token("front-desk-1");

		Refusal refusal = untilRefused(() -> frontDesk.get("/api/doctors", busyUser));

		assertThat(refusal.servedBefore()).startsWith(200, 200, 200, 200, 200);
		assertTooManyRequests(refusal.response(), "user");
		assertThat(frontDesk.get("/api/doctors", issuer.token("front-desk-2")).statusCode()).isEqualTo(200);
	}

	@Test
	void forgedTokensNamingAUserDoNotSpendThatUsersBudget() {
		GatewayClient attacker = GatewayClient.from("127.0.0.7", this.port);
		String forged = issuer.forged("victim");
		for (int i = 0; i < 4 * BURST; i++) {
			assertThat(attacker.get("/api/doctors", forged).statusCode()).isEqualTo(401);
		}

		GatewayClient victim = GatewayClient.from("127.0.0.8", this.port);
		String genuine = issuer.token("victim");
		for (int i = 0; i < BURST; i++) {
			assertThat(victim.get("/api/doctors", genuine).statusCode()).isEqualTo(200);
		}
	}

	@Test
	void requestsWithoutTokenBeyondTheBurstFromOneAddressGet429() {
		GatewayClient anonymous = GatewayClient.from("127.0.0.9", this.port);

		Refusal refusal = untilRefused(() -> anonymous.get("/api/doctors", null));

		assertThat(refusal.servedBefore()).startsWith(401, 401, 401, 401, 401);
		assertTooManyRequests(refusal.response(), "anonymous");
		assertThat(GatewayClient.from("127.0.0.10", this.port).get("/api/doctors", null).statusCode()).isEqualTo(401);
	}

	@Test
	void anAddressOutOfAnonymousBudgetIsStillServedWithATokenAndStillAnswersProbes() {
		GatewayClient sharedAddress = GatewayClient.from("127.0.0.11", this.port);
		untilRefused(() -> sharedAddress.get("/api/doctors", null));

		// more calls than a burst: had any of them been counted, some would get 429
		for (int i = 0; i <= BURST; i++) {
			assertThat(sharedAddress.get("/api/doctors", issuer.token("front-desk-user-" + i)).statusCode())
				.isEqualTo(200);
			assertThat(sharedAddress.get("/readyz", null).statusCode()).isEqualTo(200);
			assertThat(sharedAddress.get("/livez", null).statusCode()).isEqualTo(200);
		}
	}

	private static HttpResponse<String> register(GatewayClient client) {
		return client.post("/api/patients/register", null, "{\"email\":\"sam@example.org\"}");
	}

	/** Makes the same call until it gets 429. */
	private static Refusal untilRefused(Supplier<HttpResponse<String>> call) {
		List<Integer> servedBefore = new ArrayList<>();
		while (servedBefore.size() < ENOUGH_TO_BE_REFUSED) {
			HttpResponse<String> response = call.get();
			if (response.statusCode() == 429) {
				return new Refusal(servedBefore, response);
			}
			servedBefore.add(response.statusCode());
		}
		throw new AssertionError("Not refused after " + ENOUGH_TO_BE_REFUSED + " calls: " + servedBefore);
	}

	static void assertTooManyRequests(HttpResponse<String> response, String limit) {
		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Long.parseLong(seconds)).isPositive());
		JsonNode problem = GatewayClient.json(response);
		assertThat(problem.get("status").asInt()).isEqualTo(429);
		assertThat(problem.get("limit").asString()).isEqualTo(limit);
		assertThat(problem.get("detail").asString()).contains("Too many");
	}

	/** The statuses of the calls answered before the first 429, and that 429. */
	private record Refusal(List<Integer> servedBefore, HttpResponse<String> response) {
	}

}
