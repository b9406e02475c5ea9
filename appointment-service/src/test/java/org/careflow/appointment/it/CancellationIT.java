package org.careflow.appointment.it;

import java.util.Map;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.careflow.testinfra.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cancellation frees its slot at scheduling at once, with this service's own token;
 * when scheduling cannot, the cancellation is answered all the same and its event frees
 * the slot later. Scheduling refusing a release never counts against the breaker.
 */
class CancellationIT extends AgainstFakeScheduling {

	@Autowired
	CircuitBreakerRegistry breakers;

	CircuitBreaker breaker;

	@BeforeEach
	@AfterEach
	void closedBreaker() {
		this.breaker = this.breakers.circuitBreaker("scheduling");
		this.breaker.reset();
	}

	@Test
	void aCancellationFreesTheSlotWithTheServicesOwnTokenNamingSlotAndAppointment() {
		String id = bookedId(at("11:30"));

		assertThat(cancel(id, patient).status()).isEqualTo(200);

		assertThat(scheduling.releases()).singleElement()
			.as("the service's own token, not the patient's")
			.isEqualTo(new FakeScheduling.Release("appointment-service", HOUSE, at("11:30"), id));
	}

	@Test
	void aCancellationSchedulingFailsToFreeIsAnsweredAndItsEventIsPublished() {
		scheduling.answerReleases(503, "{\"status\":503}");
		String id = bookedId(at("12:00"));

		ApiClient.Response cancelled = cancel(id, doctor);

		assertThat(cancelled.status()).isEqualTo(200);
		assertThat(cancelled.body().get("status").asString()).isEqualTo("cancelled");
		assertThat(scheduling.releases()).as("tried, then once more").hasSize(2);
		assertThat(this.api.get("/api/appointments/" + id, patient).body().get("status").asString())
			.isEqualTo("cancelled");
		// the fallback: scheduling frees the slot when it reads this
		assertThat(awaitEvent("appointment.cancelled", id).get("start").asString()).isEqualTo(at("12:00").toString());
	}

	@Test
	void aReleaseSchedulingRefusesIsNotRetriedNorCountedAsSchedulingFailing() {
		scheduling.answerReleases(400, "{\"status\":400,\"errors\":[{\"field\":\"start\",\"message\":\"no\"}]}");
		String id = bookedId(at("12:30"));

		assertThat(cancel(id, patient).status()).isEqualTo(200);

		assertThat(scheduling.releases()).hasSize(1);
		assertThat(this.breaker.getMetrics().getNumberOfFailedCalls()).isZero();
		assertThat(this.breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@Test
	void aCheckedInPatientsAppointmentIsNotCancelledAndItsSlotNotFreed() {
		String id = bookedId(at("13:30"));
		assertThat(checkIn(id, doctor).status()).isEqualTo(200);
		assertThat(visit(id, doctor, Map.of("pulse", 70)).status()).isEqualTo(200);

		assertThat(cancel(id, patient).status()).isEqualTo(409);

		assertThat(scheduling.releases()).isEmpty();
	}

	@Test
	void anAppointmentEnteredInErrorKeepsItsRecordAndFreesItsSlot() {
		String id = bookedId(at("14:30"));
		String path = "/api/appointments/" + id + "/entered-in-error";
		Map<String, Object> why = Map.of("reason", "Booked for the wrong patient");

		assertThat(this.api.call(HttpMethod.POST, path, patient, why).status()).isEqualTo(403);
		assertThat(this.api.call(HttpMethod.POST, path, nurse, why).status()).isEqualTo(403);
		assertThat(this.api.call(HttpMethod.POST, path, otherDoctor, why).status()).isEqualTo(404);
		assertThat(this.api.call(HttpMethod.POST, path, doctor, Map.of()).status()).as("a reason is required")
			.isEqualTo(400);
		ApiClient.Response voided = this.api.call(HttpMethod.POST, path, doctor, why);

		assertThat(voided.status()).isEqualTo(200);
		assertThat(voided.body().get("status").asString()).isEqualTo("entered-in-error");
		assertThat(this.api.get("/api/appointments/" + id, patient).body().get("status").asString())
			.isEqualTo("entered-in-error");
		assertThat(scheduling.releases()).singleElement()
			.isEqualTo(new FakeScheduling.Release("appointment-service", HOUSE, at("14:30"), id));
		assertThat(awaitEvent("appointment.entered-in-error", id).get("start").asString())
			.isEqualTo(at("14:30").toString());
		assertThat(this.api.call(HttpMethod.POST, path, token("admin@careflow.local"), why).status())
			.as("marked already")
			.isEqualTo(409);
	}

}
