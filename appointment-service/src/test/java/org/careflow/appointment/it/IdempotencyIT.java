package org.careflow.appointment.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A client that retries a booking or a reschedule with the same {@code Idempotency-Key}
 * gets the first answer again and nothing happens twice.
 */
class IdempotencyIT extends AgainstFakeScheduling {

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void noKeys() {
		this.mongo.getCollection("idempotency_keys").deleteMany(new Document());
		this.mongo.getCollection("reschedules_in_flight").deleteMany(new Document());
	}

	@Test
	void tenConcurrentRetriesOfABookingMakeOneAppointmentAndTenIdenticalAnswers() throws Exception {
		String key = UUID.randomUUID().toString();
		String body = booking(at("09:00"));

		List<HttpResponse<String>> answers = allAtOnce(10, () -> post("/api/appointments", key, body));

		assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201);
		assertThat(answers).extracting(HttpResponse::body)
			.as("ten identical answers")
			.containsOnly(answers.get(0).body());
		assertThat(answers).extracting(answer -> answer.headers().firstValue("Location").orElse(null))
			.containsOnly("/api/appointments/" + JSON.readTree(answers.get(0).body()).get("id").asString());
		assertThat(scheduling.claims()).as("one booking was made").hasSize(1);
		assertThat(this.mongo.getCollection("appointments").countDocuments()).isEqualTo(1);
	}

	@Test
	void aRetryLaterGetsTheFirstAnswerEvenARefusal() throws Exception {
		String key = UUID.randomUUID().toString();
		String body = booking(at("10:00"));
		scheduling.answer(at("10:00"), 409, "{\"status\":409}");

		HttpResponse<String> first = post("/api/appointments", key, body);
		scheduling.reset();
		HttpResponse<String> retried = post("/api/appointments", key, body);

		assertThat(first.statusCode()).isEqualTo(409);
		assertThat(retried.statusCode()).isEqualTo(409);
		assertThat(retried.body()).isEqualTo(first.body());
		assertThat(retried.headers().firstValue("Idempotent-Replayed")).contains("true");
		assertThat(scheduling.claims()).as("the retry did not run").isEmpty();
	}

	@Test
	void aFailureWithNothingStoredIsNotKeptSoTheRetryRuns() throws Exception {
		String key = UUID.randomUUID().toString();
		String body = booking(at("10:30"));
		scheduling.answer(at("10:30"), 503, "{\"status\":503}");

		assertThat(post("/api/appointments", key, body).statusCode()).isEqualTo(503);
		scheduling.reset();

		assertThat(post("/api/appointments", key, body).statusCode()).isEqualTo(201);
	}

	@Test
	void aClaimThatGotNoAnswerIsGivenBackSoTheRetryIsNotTurnedAwayByItsOwnClaim() throws Exception {
		scheduling.answer(at("10:45"), 503, "{\"status\":503}");

		assertThat(post("/api/appointments", UUID.randomUUID().toString(), booking(at("10:45"))).statusCode())
			.isEqualTo(503);

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(scheduling.givenBack()).singleElement()
				.satisfies((release) -> assertThat(release.start()).isEqualTo(at("10:45"))));
	}

	@Test
	void theSameKeyWithAnotherRequestIsRefusedNamingTheHeader() throws Exception {
		String key = UUID.randomUUID().toString();
		assertThat(post("/api/appointments", key, booking(at("11:00"))).statusCode()).isEqualTo(201);

		HttpResponse<String> reused = post("/api/appointments", key, booking(at("11:30")));

		assertThat(reused.statusCode()).isEqualTo(422);
		assertThat(JSON.readTree(reused.body()).get("errors").get(0).get("field").asString())
			.isEqualTo("Idempotency-Key");
		assertThat(this.mongo.getCollection("appointments").countDocuments()).isEqualTo(1);
	}

	@Test
	void aKeyOfAnotherCallerIsTheirOwn() throws Exception {
		String key = UUID.randomUUID().toString();
		String old = bookedId(at("12:00"));

		HttpResponse<String> patients = post("/api/appointments/" + old + "/reschedule", key, patient,
				"{\"start\":\"" + at("12:30") + "\"}");
		HttpResponse<String> admins = post("/api/appointments/" + old + "/reschedule", key,
				token("admin@careflow.local"), "{\"start\":\"" + at("12:30") + "\"}");

		assertThat(patients.statusCode()).isEqualTo(201);
		assertThat(admins.statusCode()).as("not a replay: the admin's own request, on a cancelled appointment")
			.isEqualTo(409);
	}

	@Test
	void aRescheduleRetriedMovesTheAppointmentOnce() throws Exception {
		String key = UUID.randomUUID().toString();
		String old = bookedId(at("13:00"));
		String body = "{\"start\":\"" + at("13:30") + "\"}";

		List<HttpResponse<String>> answers = allAtOnce(5,
				() -> post("/api/appointments/" + old + "/reschedule", key, body));

		assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201);
		JsonNode next = JSON.readTree(answers.get(0).body());
		assertThat(answers).extracting(HttpResponse::body).containsOnly(answers.get(0).body());
		assertThat(scheduling.claims()).extracting(FakeScheduling.Claim::appointmentId)
			.containsExactly(old, next.get("id").asString());
	}

	@Test
	void aMalformedKeyIsRefusedNamingTheHeader() throws Exception {
		HttpResponse<String> refused = post("/api/appointments", "has spaces", booking(at("14:00")));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Idempotency-Key");
		assertThat(post("/api/appointments", "x".repeat(65), booking(at("14:00"))).statusCode()).isEqualTo(400);
		assertThat(scheduling.claims()).isEmpty();
	}

	private String booking(Instant start) {
		return "{\"doctorId\":\"" + HOUSE + "\",\"start\":\"" + start + "\",\"reason\":\"Cough\"}";
	}

	private HttpResponse<String> post(String path, String key, String body) throws Exception {
		return post(path, key, patient, body);
	}

	private HttpResponse<String> post(String path, String key, String token, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static List<HttpResponse<String>> allAtOnce(int count, Callable<HttpResponse<String>> call)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<Future<HttpResponse<String>>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				futures.add(pool.submit(() -> {
					go.await();
					return call.call();
				}));
			}
			go.countDown();
			List<HttpResponse<String>> answers = new ArrayList<>();
			for (Future<HttpResponse<String>> future : futures) {
				answers.add(future.get());
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
