package org.careflow.systemtest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careflow.localstack.KeycloakServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test data made through the public API: fresh patients and doctors per test, so tests
 * never depend on each other or on the demo data.
 */
final class Clinic {

	static final String PASSWORD = "s3cret-Passw0rd";

	private final Api api;

	private final KeycloakServer keycloak;

	Clinic(Api api, KeycloakServer keycloak) {
		this.api = api;
		this.keycloak = keycloak;
	}

	static String uniqueEmail(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	static Map<String, Object> registration(String email) {
		return Map.of("email", email, "password", PASSWORD, "firstName", "Alex", "lastName", "Martin", "birthDate",
				"1985-06-15", "phone", "+33 6 12 34 56 78");
	}

	Person registerPatient() {
		String email = uniqueEmail("patient");
		Api.Reply reply = this.api.post("/api/patients/register", null, registration(email));
		assertThat(reply.status()).as("registration of %s: %s", email, reply).isEqualTo(201);
		return new Person(reply.text("id"), email, token(email, PASSWORD));
	}

	private String token(String username, String password) {
		return this.keycloak.accessToken("careflow-web", username, password);
	}

	String tokenOf(String email) {
		return token(email, PASSWORD);
	}

	String adminToken() {
		return token("admin@careflow.local", "careflow");
	}

	/** A new doctor, working every day 08:00–18:00 UTC in 30-minute slots. */
	Person doctorWithOpenHours(String specialty) {
		String email = uniqueEmail("doctor");
		Api.Reply created = this.api.post("/api/doctors", adminToken(), Map.of("email", email, "password", PASSWORD,
				"firstName", "Lisa", "lastName", "Cuddy", "specialty", specialty));
		assertThat(created.status()).as("doctor creation: %s", created).isEqualTo(201);
		Person doctor = new Person(created.text("id"), email, token(email, PASSWORD));
		Api.Reply schedule = this.api.put("/api/schedules/" + doctor.id(), doctor.token(), openEveryDay());
		assertThat(schedule.status()).as("schedule: %s", schedule).isEqualTo(200);
		return doctor;
	}

	static Map<String, Object> openEveryDay() {
		List<Map<String, String>> hours = List
			.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
			.stream()
			.map(day -> Map.of("day", day, "start", "08:00", "end", "18:00"))
			.toList();
		return Map.of("timeZone", "UTC", "slotMinutes", 30, "weeklyHours", hours);
	}

	List<String> freeSlotStarts(String doctorId, String token) {
		Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Api.Reply slots = this.api
			.get("/api/slots?doctorId=" + doctorId + "&from=" + from + "&to=" + from.plus(3, ChronoUnit.DAYS), token);
		assertThat(slots.status()).as("slots: %s", slots).isEqualTo(200);
		return slots.body().valueStream().map(slot -> slot.get("start").asString()).toList();
	}

	/** A slot a day ahead, so it cannot slip into the past while the test runs. */
	String slotTomorrow(String doctorId, String token) {
		Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS);
		return freeSlotStarts(doctorId, token).stream()
			.filter(start -> Instant.parse(start).isAfter(tomorrow))
			.findFirst()
			.orElseThrow();
	}

	static Map<String, Object> booking(String doctorId, String start) {
		return Map.of("doctorId", doctorId, "start", start, "reason", "Persistent cough");
	}

	/** Someone signed in: their id (the token subject), email and a real access token. */
	record Person(String id, String email, String token) {
	}

}
