package org.careflow.appointment.it;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.careflow.events.PatientAnonymised;
import org.careflow.events.PatientRegistered;
import org.careflow.events.PatientUpdated;
import org.careflow.events.Topics;
import org.careflow.testinfra.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The doctor's day as a front desk runs it (who is coming, in the doctor's time zone, who
 * has arrived) and a patient's history for the patient, their doctors and admins.
 */
class DoctorsDayIT extends AgainstFakeScheduling {

	@Test
	void theFrontDeskSeesTheDayInTheDoctorsZoneWithNamesStatusesAndArrivals() throws Exception {
		publish(Topics.PATIENTS, PatientRegistered.of(PATIENT_ID, "patient@careflow.local", "Jane", "Doe"));
		// the day in Paris runs from 23:00 UTC the evening before to 23:00 UTC
		Instant justAfterMidnightInParis = this.day.minusDays(1).atTime(23, 0).toInstant(ZoneOffset.UTC);
		String first = bookedId(justAfterMidnightInParis);
		String arrived = bookedId(at("09:00"));
		String cancelled = bookedId(at("12:00"));
		bookedId(at("23:00"));
		assertThat(checkIn(arrived, doctor).status()).isEqualTo(200);
		assertThat(cancel(cancelled, patient).status()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(20)).until(() -> dayOfHouse(nurse).body().get(0).has("patientName"));
		ApiClient.Response day = dayOfHouse(nurse);

		assertThat(day.status()).isEqualTo(200);
		assertThat(ids(day)).as("by start, the next day in Paris left out").containsExactly(first, arrived, cancelled);
		JsonNode entry = day.body().get(1);
		assertThat(entry.get("patientName").asString()).isEqualTo("Jane Doe");
		assertThat(entry.get("status").asString()).isEqualTo("arrived");
		assertThat(entry.has("checkedInAt")).isTrue();
		assertThat(entry.has("reason")).as("the front desk needs no reason").isFalse();
		assertThat(day.body().get(2).get("status").asString()).isEqualTo("cancelled");
		assertThat(dayOfHouse(doctor).status()).isEqualTo(200);
		assertThat(dayOfHouse(token("admin@careflow.local")).status()).isEqualTo(200);
		assertThat(dayOfHouse(otherDoctor).status()).isEqualTo(403);
		assertThat(dayOfHouse(patient).status()).isEqualTo(403);

		// the staff corrected her name; years later she is anonymised: the day shows the
		// id
		publish(Topics.PATIENTS, PatientUpdated.of(PATIENT_ID, "patient@careflow.local", "Jane", "Doe-Smith"));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> "Jane Doe-Smith".equals(dayOfHouse(nurse).body().get(1).path("patientName").asString(null)));
		publish(Topics.PATIENTS, PatientAnonymised.of(PATIENT_ID));
		await().atMost(Duration.ofSeconds(20)).until(() -> !dayOfHouse(nurse).body().get(1).has("patientName"));
		assertThat(dayOfHouse(nurse).body().get(1).get("patientId").asString()).isEqualTo(PATIENT_ID);
	}

	@Test
	void aPatientsHistoryIsNewestFirstForThePatientTheirDoctorsAndAdmins() {
		String earlier = bookedId(at("10:00"));
		String later = bookedId(at("15:00"));
		assertThat(checkIn(earlier, doctor).status()).isEqualTo(200);
		assertThat(visit(earlier, doctor, Map.of("pulse", 72, "notes", "Rest")).status()).isEqualTo(200);

		ApiClient.Response own = history(patient);
		ApiClient.Response doctors = history(doctor);
		ApiClient.Response admins = history(token("admin@careflow.local"));

		assertThat(ids(own)).containsExactly(later, earlier);
		assertThat(ids(doctors)).containsExactly(later, earlier);
		assertThat(doctors.body().get(1).get("visit").get("notes").asString()).isEqualTo("Rest");
		assertThat(ids(admins)).containsExactly(later, earlier);
		assertThat(admins.body().get(1).has("visit")).as("no clinical data for an admin").isFalse();
		assertThat(admins.body().get(1).has("reason")).isFalse();
		assertThat(history(otherDoctor).status()).as("not their doctor").isEqualTo(403);
		assertThat(history(nurse).status()).isEqualTo(403);
	}

	@Test
	void listParametersThatDoNotFitAreNamed() {
		assertThat(field(this.api.get("/api/appointments?doctorId=" + HOUSE, nurse))).isEqualTo("date");
		assertThat(field(this.api.get("/api/appointments?date=" + this.day, nurse))).isEqualTo("doctorId");
		assertThat(field(this.api.get("/api/appointments?doctorId=" + HOUSE + "&date=2030-02-30", nurse)))
			.isEqualTo("date");
		assertThat(field(this.api.get("/api/appointments?doctorId=" + HOUSE + "&date=+999999999-12-31", nurse)))
			.isEqualTo("date");
		assertThat(field(this.api.get("/api/appointments?doctorId=" + HOUSE + "&date=9999-01-01", nurse)))
			.isEqualTo("date");
		assertThat(field(this.api.get("/api/appointments?patientId=" + PATIENT_ID + "&doctorId=" + HOUSE, doctor)))
			.isEqualTo("patientId");
		assertThat(field(this.api.get("/api/appointments?patientId=" + "x".repeat(65), doctor))).isEqualTo("patientId");
		assertThat(this.api.get("/api/appointments", nurse).status()).as("a nurse has no appointments of her own")
			.isEqualTo(403);
	}

	private ApiClient.Response dayOfHouse(String token) {
		return this.api.get("/api/appointments?doctorId=" + HOUSE + "&date=" + this.day, token);
	}

	private ApiClient.Response history(String token) {
		return this.api.get("/api/appointments?patientId=" + PATIENT_ID, token);
	}

	private static String field(ApiClient.Response response) {
		assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(400);
		return response.body().get("errors").get(0).get("field").asString();
	}

}
