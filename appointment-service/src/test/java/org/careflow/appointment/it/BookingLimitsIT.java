package org.careflow.appointment.it;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.bson.Document;
import org.careflow.testinfra.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Booking under abuse: a patient holds at most five upcoming appointments, even when
 * booking many at once, and nothing a caller sends can open the circuit breaker that
 * protects every patient's booking.
 */
class BookingLimitsIT extends AgainstFakeScheduling {

	@Autowired
	CircuitBreakerRegistry breakers;

	CircuitBreaker breaker;

	@BeforeEach
	void closedBreaker() {
		this.breaker = this.breakers.circuitBreaker("scheduling");
		this.breaker.reset();
	}

	long activeAppointments() {
		return this.mongo.getCollection("appointments").countDocuments(new Document("status", "BOOKED"));
	}

	@Test
	void aPatientHoldsAtMostFiveUpcomingAppointmentsAndCancellingOneMakesRoom() {
		List<String> ids = new ArrayList<>();
		for (String time : List.of("08:00", "08:30", "09:00", "09:30", "10:00")) {
			ids.add(bookedId(at(time)));
		}

		ApiClient.Response sixth = book(at("10:30"));

		assertThat(sixth.status()).isEqualTo(409);
		assertThat(sixth.body().get("title").asString()).isEqualTo("Too many upcoming appointments");
		assertThat(sixth.body().get("limit").asInt()).isEqualTo(5);
		assertThat(scheduling.claims()).as("the sixth never reached scheduling").hasSize(5);

		assertThat(cancel(ids.get(0), patient).status()).isEqualTo(200);
		assertThat(book(at("10:30")).status()).isEqualTo(201);
	}

	@Test
	void manyBookingsOfOnePatientAtOnceNeverExceedTheLimit() throws Exception {
		List<Callable<Integer>> bookings = new ArrayList<>();
		for (int slot = 0; slot < 10; slot++) {
			Instant start = at("08:00").plusSeconds(1800L * slot);
			bookings.add(() -> book(start).status());
		}
		List<Integer> answers = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(10)) {
			for (Future<Integer> answer : pool.invokeAll(bookings)) {
				answers.add(answer.get());
			}
		}

		assertThat(answers).allMatch(status -> status == 201 || status == 409, "201 or 409");
		long booked = answers.stream().filter(status -> status == 201).count();
		assertThat(booked).isBetween(1L, 5L);
		assertThat(activeAppointments()).isEqualTo(booked);
	}

	@Test
	void absurdStartsNeverReachSchedulingAndLeaveTheBreakerClosed() {
		List<String> absurd = List.of("+1000000000-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z",
				"9999-12-31T23:59:59Z", "+999999999-06-30T12:00:00Z", "2026-02-30T10:00:00Z");
		for (int attempt = 0; attempt < 20; attempt++) {
			ApiClient.Response answer = this.api.call(HttpMethod.POST, "/api/appointments", patient,
					Map.of("doctorId", HOUSE, "start", absurd.get(attempt % absurd.size())));
			assertThat(answer.status()).as("attempt %d", attempt).isBetween(400, 422);
		}

		assertThat(scheduling.claims()).isEmpty();
		assertThat(this.breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(book(at("11:00")).status()).isEqualTo(201);
	}

	@Test
	void requestsSchedulingRefusesCountAsAnswersNotAsSchedulingFailing() {
		List<Instant> refused = new ArrayList<>();
		for (int slot = 0; slot < 12; slot++) {
			refused.add(at("12:00").plusSeconds(60L * slot));
		}
		scheduling.answerAll(refused.subList(0, 4), 400,
				"{\"status\":400,\"errors\":[{\"field\":\"start\",\"message\":\"is not plausible\"}]}");
		scheduling.answerAll(refused.subList(4, 8), 422, "{\"status\":422,\"detail\":\"No slot starts then.\"}");
		scheduling.answerAll(refused.subList(8, 12), 403, "{\"status\":403}");

		List<Integer> answers = refused.stream().map(start -> book(start).status()).toList();

		assertThat(answers).containsExactly(400, 400, 400, 400, 422, 422, 422, 422, 503, 503, 503, 503);
		assertThat(this.breaker.getMetrics().getNumberOfFailedCalls()).isZero();
		assertThat(this.breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(book(at("11:00")).status()).isEqualTo(201);
	}

	/**
	 * Busy booking, then a stall of a second (a full GC in scheduling or here) fails
	 * every claim in flight at once: those bookings get 503, but booking goes on. With a
	 * window of the last 10 calls, the 8 failed calls (4 claims, each tried twice) among
	 * a busy second's answers paused booking for everyone for 10 s (the W1 benchmark's
	 * 503s).
	 */
	@Test
	void aFewFailedClaimsAmongManyAnswersDoNotPauseBooking() {
		List<Instant> answered = new ArrayList<>();
		for (int slot = 0; slot < 20; slot++) {
			answered.add(at("14:00").plusSeconds(60L * slot));
		}
		// scheduling answering "taken" is scheduling working: a success for the breaker
		scheduling.answerAll(answered, 409, "{\"status\":409}");
		List<Instant> stalled = List.of(at("16:00"), at("16:01"), at("16:02"), at("16:03"));
		scheduling.answerAll(stalled, 503, "{\"status\":503}");

		assertThat(answered.stream().map(start -> book(start).status())).containsOnly(409);
		assertThat(stalled.stream().map(start -> book(start).status())).containsOnly(503);

		assertThat(this.breaker.getMetrics().getNumberOfFailedCalls()).isEqualTo(8);
		assertThat(this.breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(book(at("11:00")).status()).isEqualTo(201);
	}

}
