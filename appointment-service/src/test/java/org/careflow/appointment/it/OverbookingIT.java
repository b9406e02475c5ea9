package org.careflow.appointment.it;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.careflow.testinfra.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin, or the doctor on their own calendar, books an extra patient into a taken
 * slot, saying why; it shows in the doctor's day, is audited, and frees nothing when
 * cancelled.
 */
class OverbookingIT extends AgainstFakeScheduling {

	static final String OTHER_PATIENT = "00000000-0000-4000-8000-0000000000aa";

	@Test
	void anAdminOverbooksATakenSlotWhichTheDayShowsAndWhoseCancellationFreesNothing() {
		String holder = bookedId(at("09:00"));
		int claimsBefore = scheduling.claims().size();

		ApiClient.Response extra = overbook(token("admin@careflow.local"), at("09:00"), "Urgent: chest pain");

		assertThat(extra.status()).as(String.valueOf(extra.body())).isEqualTo(201);
		assertThat(extra.body().get("overbooked").asBoolean()).isTrue();
		assertThat(extra.body().get("patientId").asString()).isEqualTo(OTHER_PATIENT);
		assertThat(extra.body().get("end").asString()).as("the holder's slot").isEqualTo(at("09:30").toString());
		assertThat(scheduling.claims()).as("nothing claimed: the slot stays the holder's").hasSize(claimsBefore);
		JsonNode event = awaitEvent("appointment.booked", extra.body().get("id").asString());
		assertThat(event.get("overbooked").asBoolean()).isTrue();
		JsonNode day = this.api.get("/api/appointments?doctorId=" + HOUSE + "&date=" + this.day, doctor).body();
		assertThat(day.valueStream().filter(entry -> entry.get("start").asString().equals(at("09:00").toString())))
			.extracting(entry -> entry.get("id").asString() + ":" + entry.has("overbooked"))
			.containsExactlyInAnyOrder(holder + ":false", extra.body().get("id").asString() + ":true");

		assertThat(cancel(extra.body().get("id").asString(), doctor).status()).isEqualTo(200);

		assertThat(scheduling.releases()).as("it never held the slot").isEmpty();
	}

	@Test
	void theDoctorOverbooksTheirOwnCalendarOnlyAndNobodyOverbooksAFreeSlot() {
		bookedId(at("10:00"));

		assertThat(overbook(doctor, at("10:00"), "Follow-up that cannot wait").status()).isEqualTo(201);
		assertThat(overbook(otherDoctor, at("10:00"), "Not mine").status()).isEqualTo(403);
		assertThat(overbook(patient, at("10:00"), "Me too").status()).isEqualTo(403);
		assertThat(overbook(nurse, at("10:00"), "Front desk").status()).isEqualTo(403);
		ApiClient.Response free = overbook(doctor, at("11:00"), "Nobody there");
		assertThat(free.status()).isEqualTo(422);
		assertThat(free.body().get("detail").asString()).contains("free");
	}

	@Test
	void anOverbookingNamesWhatItLacks() {
		bookedId(at("12:00"));
		Map<String, Object> noReason = body(at("12:00"), null);
		Map<String, Object> noPatient = body(at("12:00"), "Urgent");
		noPatient.remove("patientId");

		assertThat(field(this.api.call(HttpMethod.POST, "/api/appointments", doctor, noReason)))
			.isEqualTo("overbookReason");
		assertThat(field(this.api.call(HttpMethod.POST, "/api/appointments", doctor, noPatient)))
			.isEqualTo("patientId");
		Map<String, Object> patientsOwnWithPatientId = new HashMap<>(
				Map.of("doctorId", HOUSE, "start", at("13:00").toString(), "patientId", OTHER_PATIENT));
		assertThat(field(this.api.call(HttpMethod.POST, "/api/appointments", patient, patientsOwnWithPatientId)))
			.isEqualTo("patientId");
	}

	private ApiClient.Response overbook(String token, Instant start, String why) {
		return this.api.call(HttpMethod.POST, "/api/appointments", token, body(start, why));
	}

	private static Map<String, Object> body(Instant start, String why) {
		Map<String, Object> body = new HashMap<>(Map.of("doctorId", HOUSE, "start", start.toString(), "overbook", true,
				"patientId", OTHER_PATIENT, "reason", "Chest pain"));
		if (why != null) {
			body.put("overbookReason", why);
		}
		return body;
	}

	private static String field(ApiClient.Response response) {
		assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(400);
		return response.body().get("errors").get(0).get("field").asString();
	}

}
