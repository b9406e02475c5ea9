package org.careflow.appointment.it;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.careflow.appointment.booking.RescheduleRecovery;
import org.careflow.appointment.booking.StoredDirectly;
import org.careflow.events.PatientDeactivated;
import org.careflow.events.ScheduleBookingsWithdrawn;
import org.careflow.events.Topics;
import org.careflow.testinfra.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careflow.appointment.domain.AppointmentTestData.booked;
import static org.awaitility.Awaitility.await;

/**
 * A reschedule claims the new slot first, stores the new appointment, then cancels the
 * old one and frees its slot; the patient never holds neither or both, not even when the
 * process stops half-way. A patient cannot hold two appointments at once. An admin's
 * forced schedule change cancels the appointments it withdraws, and deactivating a
 * patient cancels theirs.
 */
class RescheduleIT extends AgainstFakeScheduling {

	@Autowired
	RescheduleRecovery recovery;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void noRescheduleUnderWay() {
		this.mongo.getCollection("reschedules_in_flight").deleteMany(new Document());
	}

	@Test
	void thePatientMovesTheirAppointmentAndTheOldSlotIsFreedOnceTheNewOneIsTheirs() {
		String old = bookedId(at("09:00"));

		ApiClient.Response moved = reschedule(old, patient, at("10:00"));

		assertThat(moved.status()).as(moved.body().toString()).isEqualTo(201);
		String next = moved.body().get("id").asString();
		assertThat(moved.location()).isEqualTo("/api/appointments/" + next);
		assertThat(moved.body().get("status").asString()).isEqualTo("booked");
		assertThat(moved.body().get("start").asString()).isEqualTo(at("10:00").toString());
		assertThat(moved.body().get("replaces").asString()).isEqualTo(old);
		JsonNode before = this.api.get("/api/appointments/" + old, patient).body();
		assertThat(before.get("status").asString()).isEqualTo("cancelled");
		assertThat(before.get("cancellationReason").asString()).isEqualTo("rescheduled");
		assertThat(before.get("replacedBy").asString()).isEqualTo(next);
		assertThat(scheduling.claims()).extracting(FakeScheduling.Claim::appointmentId).containsExactly(old, next);
		assertThat(scheduling.releases()).as("freed only after the new one is stored")
			.containsExactly(new FakeScheduling.Release("appointment-service", HOUSE, at("09:00"), old));
		JsonNode event = awaitEvent("appointment.rescheduled", next);
		assertThat(event.get("replacesId").asString()).isEqualTo(old);
		assertThat(event.get("previousStart").asString()).isEqualTo(at("09:00").toString());
		assertThat(event.get("start").asString()).isEqualTo(at("10:00").toString());
		assertThat(this.mongo.getCollection("reschedules_in_flight").countDocuments()).isZero();
	}

	@Test
	void aTakenOrUnbookableNewSlotLeavesTheOriginalAsItWas() {
		String old = bookedId(at("09:30"));
		scheduling.answer(at("10:30"), 409, "{\"status\":409}");
		scheduling.answer(at("11:30"), 422,
				"{\"status\":422,\"detail\":\"The slot is less than 2 hours ahead.\",\"rule\":\"min-notice\"}");

		assertThat(reschedule(old, patient, at("10:30")).status()).isEqualTo(409);
		ApiClient.Response refused = reschedule(old, doctor, at("11:30"));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().get("rule").asString()).as("the rule scheduling named").isEqualTo("min-notice");
		assertThat(this.api.get("/api/appointments/" + old, patient).body().get("status").asString())
			.isEqualTo("booked");
		assertThat(scheduling.releases()).isEmpty();
		assertThat(this.mongo.getCollection("reschedules_in_flight").countDocuments()).isZero();
	}

	@Test
	void onlyItsPatientItsDoctorAndAdminsMayReschedule() {
		String old = bookedId(at("12:00"));

		assertThat(reschedule(old, nurse, at("12:30")).status()).isEqualTo(403);
		assertThat(reschedule(old, otherDoctor, at("12:30")).status()).isEqualTo(404);
		assertThat(reschedule(old, token("admin@careflow.local"), at("12:30")).status()).isEqualTo(201);
		assertThat(reschedule(old, patient, at("13:00")).status()).as("it is cancelled now").isEqualTo(409);
	}

	@Test
	void aPatientCannotHoldTwoAppointmentsAtOnceWhateverTheDoctor() {
		String first = bookedId(at("14:00"));

		ApiClient.Response overlapping = book(at("14:15"));
		String second = bookedId(at("15:00"));
		ApiClient.Response movedOnto = reschedule(second, patient, at("13:45"));

		assertThat(overlapping.status()).isEqualTo(409);
		assertThat(overlapping.body().get("appointmentId").asString()).isEqualTo(first);
		assertThat(movedOnto.status()).isEqualTo(409);
		assertThat(movedOnto.body().get("appointmentId").asString()).isEqualTo(first);
		assertThat(scheduling.releases()).as("each refused claim is given back at once")
			.extracting(FakeScheduling.Release::start)
			.containsExactlyInAnyOrder(at("14:15"), at("13:45"));
		assertThat(this.api.get("/api/appointments/" + second, patient).body().get("status").asString())
			.isEqualTo("booked");
	}

	@Test
	void aRescheduleStoppedBeforeTheNewAppointmentWasStoredIsUndoneAndItsClaimGivenBack() {
		String old = bookedId(at("16:00"));
		// what a process leaves when it stops right after claiming the new slot
		interrupted(old, "never-stored", at("16:30"));

		assertThat(this.recovery.recover(Instant.now().plusSeconds(1))).isEqualTo(1);

		assertThat(this.api.get("/api/appointments/" + old, patient).body().get("status").asString())
			.isEqualTo("booked");
		assertThat(scheduling.releases())
			.containsExactly(new FakeScheduling.Release("appointment-service", HOUSE, at("16:30"), "never-stored"));
		assertThat(this.mongo.getCollection("reschedules_in_flight").countDocuments()).isZero();
	}

	@Test
	void aRescheduleStoppedAfterTheNewAppointmentWasStoredIsFinishedSoThePatientHoldsExactlyOne() {
		String old = bookedId(at("17:00"));
		String next = bookedId(at("17:30"));
		// what a process leaves when it stops between its two writes
		this.mongo.getCollection("appointments")
			.updateOne(new Document("_id", next), new Document("$set", new Document("replaces", old)));
		interrupted(old, next, at("17:30"));

		assertThat(this.recovery.recover(Instant.now().minusSeconds(60))).as("not yet: it may still be running")
			.isZero();
		assertThat(this.recovery.recover(Instant.now().plusSeconds(1))).isEqualTo(1);

		JsonNode before = this.api.get("/api/appointments/" + old, patient).body();
		assertThat(before.get("status").asString()).isEqualTo("cancelled");
		assertThat(before.get("replacedBy").asString()).isEqualTo(next);
		assertThat(this.api.get("/api/appointments/" + next, patient).body().get("status").asString())
			.isEqualTo("booked");
		assertThat(scheduling.releases())
			.containsExactly(new FakeScheduling.Release("appointment-service", HOUSE, at("17:00"), old));
		assertThat(this.recovery.recover(Instant.now().plusSeconds(1))).as("once").isZero();
	}

	@Test
	void aForcedScheduleChangeCancelsTheWithdrawnAppointmentsForTheDoctorBeingUnavailable() throws Exception {
		String withdrawn = bookedId(at("18:00"));
		String kept = bookedId(at("19:00"));

		publish(Topics.SCHEDULES, ScheduleBookingsWithdrawn.doctorUnavailable(HOUSE, List.of(withdrawn, "no-such-id")));

		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.api.get("/api/appointments/" + withdrawn, patient)
				.body()
				.get("status")
				.asString()
				.equals("cancelled"));
		JsonNode cancelled = this.api.get("/api/appointments/" + withdrawn, patient).body();
		assertThat(cancelled.get("cancellationReason").asString()).isEqualTo("doctor unavailable");
		assertThat(awaitEvent("appointment.cancelled", withdrawn).get("start").asString())
			.isEqualTo(at("18:00").toString());
		assertThat(this.api.get("/api/appointments/" + kept, patient).body().get("status").asString())
			.isEqualTo("booked");
	}

	@Test
	void aDeactivatedPatientsAppointmentsAheadAreCancelledAndTheirPastOnesLeftAsTheyWere() throws Exception {
		String deactivated = UUID.randomUUID().toString();
		String ahead = UUID.randomUUID().toString();
		String later = UUID.randomUUID().toString();
		String past = UUID.randomUUID().toString();
		String someoneElses = UUID.randomUUID().toString();
		StoredDirectly.insert(this.context, booked().id(ahead).of(deactivated).at(at("08:00")).build());
		StoredDirectly.insert(this.context,
				booked().id(later).of(deactivated).at(at("08:00").plus(Duration.ofDays(30))).build());
		StoredDirectly.insert(this.context,
				booked().id(past).of(deactivated).at(Instant.now().minus(Duration.ofDays(3))).build());
		StoredDirectly.insert(this.context,
				booked().id(someoneElses).of(UUID.randomUUID().toString()).at(at("09:00")).build());

		publish(Topics.PATIENTS, PatientDeactivated.of(deactivated));

		assertThat(awaitEvent("appointment.cancelled", ahead).get("start").asString())
			.isEqualTo(at("08:00").toString());
		awaitEvent("appointment.cancelled", later);
		assertThat(statusOf(ahead)).isEqualTo("cancelled");
		assertThat(stored(later).getString("cancellationReason")).isEqualTo("patient deactivated");
		assertThat(statusOf(past)).as("the past is not rewritten").isEqualTo("booked");
		assertThat(statusOf(someoneElses)).isEqualTo("booked");
	}

	private String statusOf(String id) {
		return stored(id).getString("status").toLowerCase(Locale.ROOT);
	}

	private Document stored(String id) {
		return this.mongo.getCollection("appointments").find(new Document("_id", id)).first();
	}

	private ApiClient.Response reschedule(String id, String token, Instant start) {
		return this.api.call(HttpMethod.POST, "/api/appointments/" + id + "/reschedule", token,
				Map.of("start", start.toString()));
	}

	private void interrupted(String oldId, String newId, Instant newStart) {
		this.mongo.getCollection("reschedules_in_flight")
			.insertOne(new Document("_id", oldId).append("newId", newId)
				.append("doctorId", HOUSE)
				.append("newStart", Date.from(newStart))
				.append("since", Date.from(Instant.now().minusSeconds(30))));
		scheduling.reset();
	}

}
