package org.careflow.appointment.scheduling;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.careflow.appointment.domain.BookedSlot;
import org.careflow.platform.identity.IdentityProperties;
import org.careflow.platform.identity.ServiceTokenInterceptor;
import org.careflow.platform.identity.ServiceTokens;
import org.careflow.platform.web.FieldProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How scheduling's answers reach a booking and a cancellation, against a real HTTP server
 * standing in for both Keycloak's token endpoint and scheduling's claim and release
 * endpoints (no Spring: the retry and the circuit breaker are configuration, proven by
 * the integration tests).
 */
class SlotClaimsTest {

	static final Instant START = Instant.parse("2030-01-07T08:00:00Z");

	Stub stub;

	SlotClaims claims;

	@BeforeEach
	void start() throws IOException {
		this.stub = new Stub();
		IdentityProperties identity = new IdentityProperties(this.stub.url(), "careflow", "appointment-service",
				"secret");
		SchedulingProperties scheduling = new SchedulingProperties(this.stub.url(), Duration.ofMillis(500),
				Duration.ofMillis(300));
		SchedulingClient client = new SchedulingClient(RestClient.builder(), scheduling,
				new ServiceTokenInterceptor(new ServiceTokens(identity, Clock.systemUTC())));
		this.claims = new SlotClaims(client);
	}

	@AfterEach
	void stop() {
		this.stub.close();
	}

	BookedSlot claim() {
		return this.claims.claim("doctor-1", START, "appt-1", "patient-1", null);
	}

	@Test
	void claimsWithTheServicesOwnTokenForTheNamedPatient() {
		this.stub.answer(201,
				"""
						{"doctorId":"doctor-1","start":"2030-01-07T08:00:00Z","end":"2030-01-07T08:30:00Z","timeZone":"Europe/Paris"}
						""");

		BookedSlot slot = claim();

		assertThat(slot).isEqualTo(new BookedSlot("doctor-1", START, START.plusSeconds(1800), "Europe/Paris"));
		assertThat(this.stub.authorizations).containsExactly("Bearer service-token");
		assertThat(this.stub.claims).singleElement().asString().contains("\"patientId\":\"patient-1\"");
	}

	@Test
	void aTakenSlotIsAConflict() {
		this.stub.answer(409, "{\"title\":\"Slot already taken\",\"status\":409}");

		assertThatExceptionOfType(SlotTakenException.class).isThrownBy(this::claim);
	}

	@Test
	void aStartThatIsNoSlotIsRefusedWithSchedulingsExplanation() {
		this.stub.answer(422, "{\"status\":422,\"detail\":\"No slot of this doctor starts at 08:15.\"}");

		assertThatExceptionOfType(SlotNotBookableException.class).isThrownBy(this::claim)
			.withMessage("No slot of this doctor starts at 08:15.");
	}

	@Test
	void invalidInputIsTheCallersAndKeepsTheFieldsSchedulingNamed() {
		this.stub.answer(400, """
				{"status":400,"errors":[{"field":"start","message":"must be at most 2 years ahead"}]}
				""");

		assertThatExceptionOfType(InvalidClaimException.class).isThrownBy(this::claim)
			.satisfies(ex -> assertThat(ex.errors())
				.containsExactly(new FieldProblem("start", "must be at most 2 years ahead")));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(ints = { 401, 403, 404 })
	void schedulingRefusingOurCallIsOursToFixSoTheServiceIsUnavailable(int status) {
		this.stub.answer(status, "{\"status\":" + status + "}");

		assertThatExceptionOfType(SchedulingUnavailableException.class).isThrownBy(this::claim)
			.withCauseInstanceOf(SchedulingClient.SchedulingRefusedException.class);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(ints = { 500, 502, 503 })
	void schedulingFailingMakesItUnavailableAndIsTheBreakersBusiness(int status) {
		this.stub.answer(status, "{}");

		assertThatExceptionOfType(SchedulingUnavailableException.class).isThrownBy(this::claim)
			.withCauseInstanceOf(SchedulingServerError.class);
	}

	@Test
	void noAnswerInTimeMakesItUnavailable() {
		this.stub.answerSlowly();

		assertThatExceptionOfType(SchedulingUnavailableException.class).isThrownBy(this::claim)
			.withCauseInstanceOf(ResourceAccessException.class);
	}

	@Test
	void withoutAServiceTokenSchedulingIsNotAsked() {
		this.stub.refuseTokens();

		assertThatExceptionOfType(SignInUnavailableException.class).isThrownBy(this::claim);
		assertThat(this.stub.claims).isEmpty();
	}

	boolean release() {
		return this.claims.release("doctor-1", START, "appt-1");
	}

	@Test
	void releasesWithTheServicesOwnTokenNamingTheSlotAndTheAppointment() {
		this.stub.answer(200, "{\"released\":true}");

		assertThat(release()).isTrue();

		assertThat(this.stub.authorizations).containsExactly("Bearer service-token");
		assertThat(this.stub.releases).singleElement()
			.isEqualTo("{\"doctorId\":\"doctor-1\",\"start\":\"2030-01-07T08:00:00Z\",\"appointmentId\":\"appt-1\"}");
		assertThat(this.stub.claims).isEmpty();
	}

	@Test
	void aSlotSchedulingFoundFreeAlreadyIsReleasedAllTheSame() {
		this.stub.answer(200, "{\"released\":false}");

		assertThat(release()).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(ints = { 400, 401, 403, 404, 500, 503 })
	void aReleaseSchedulingRefusesOrFailsIsLeftToTheEventWithoutAnError(int status) {
		this.stub.answer(status, "{\"status\":" + status + "}");

		assertThat(release()).isFalse();
	}

	@Test
	void aReleaseWithoutAnswerInTimeIsLeftToTheEvent() {
		this.stub.answerSlowly();

		assertThat(release()).isFalse();
	}

	@Test
	void aReleaseWithoutAServiceTokenDoesNotAskScheduling() {
		this.stub.refuseTokens();

		assertThat(release()).isFalse();
		assertThat(this.stub.releases).isEmpty();
	}

	/**
	 * Keycloak's token endpoint and scheduling's claim and release endpoints, answering
	 * as told.
	 */
	static final class Stub implements AutoCloseable {

		final HttpServer server;

		final List<String> authorizations = new CopyOnWriteArrayList<>();

		final List<String> claims = new CopyOnWriteArrayList<>();

		final List<String> releases = new CopyOnWriteArrayList<>();

		volatile int status = 201;

		volatile String body = "{}";

		volatile boolean slow;

		volatile boolean tokens = true;

		Stub() throws IOException {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			this.server.createContext("/realms/careflow/protocol/openid-connect/token", exchange -> respond(exchange,
					this.tokens ? 200 : 503, "{\"access_token\":\"service-token\",\"expires_in\":300}"));
			this.server.createContext("/internal/slot-claims", exchange -> answer(exchange, this.claims));
			this.server.createContext("/internal/slot-claims/release", exchange -> answer(exchange, this.releases));
			this.server.start();
		}

		String url() {
			return "http://127.0.0.1:" + this.server.getAddress().getPort();
		}

		void answer(int status, String body) {
			this.status = status;
			this.body = body;
		}

		void answerSlowly() {
			this.slow = true;
		}

		void refuseTokens() {
			this.tokens = false;
		}

		private void answer(HttpExchange exchange, List<String> requests) throws IOException {
			this.authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
			requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			if (this.slow) {
				try {
					Thread.sleep(1000);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			respond(exchange, this.status, this.body);
		}

		private static void respond(HttpExchange exchange, int status, String body) throws IOException {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
			catch (IOException clientGone) {
				// the client timed out and hung up
			}
		}

		@Override
		public void close() {
			this.server.stop(0);
		}

	}

}
