package org.careflow.systemtest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * What a hostile client tried, through the gateway, and what must hold: no input pauses a
 * service for everyone, passwords cannot be guessed, and booking needs a verified
 * address.
 */
class SafeUnderAbuseIT {

	private final SystemStack stack = SystemStack.get();

	private final Api api = this.stack.api();

	private final Clinic clinic = this.stack.clinic();

	@Test
	void registrationsWithRefusedNamesNeverCloseSignUpsForEveryoneElse() {
		for (int i = 0; i < 20; i++) {
			Map<String, Object> hostile = new HashMap<>(Clinic.registration(Clinic.uniqueEmail("hostile")));
			hostile.put("lastName", "<script>alert(" + i + ")</script>");
			Api.Reply refused = this.api.post("/api/patients/register", null, hostile);
			assertThat(refused.status()).as("%s", refused).isEqualTo(400);
			assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("lastName");
		}

		Person someoneElse = this.clinic.registerUnverifiedPatient();

		assertThat(someoneElse.id()).isNotBlank();
	}

	@Test
	void bookingsAtAbsurdInstantsNeverPauseBookingForEveryoneElse() {
		Person doctor = this.clinic.doctorWithOpenHours("Endocrinology");
		Person patient = this.clinic.registerPatient();
		List<String> absurd = List.of("+1000000000-01-01T09:00:00Z", "-1000000000-01-01T09:00:00Z",
				"9999-12-31T09:00:00Z", "2026-02-30T09:00:00Z", "+999999999-12-31T23:59:59Z");

		for (int i = 0; i < 20; i++) {
			String start = absurd.get(i % absurd.size());
			Api.Reply refused = this.api.post("/api/appointments", patient.token(), Clinic.booking(doctor.id(), start));
			assertThat(refused.status()).as("booking at %s: %s", start, refused).isIn(400, 422);
		}
		Api.Reply search = this.api.get("/api/slots?doctorId=" + doctor.id()
				+ "&from=+1000000000-01-01T00:00:00Z&to=+1000000000-01-02T00:00:00Z", patient.token());
		assertThat(search.status()).as("%s", search).isEqualTo(400);

		Api.Reply booked = this.api.post("/api/appointments", patient.token(),
				Clinic.booking(doctor.id(), this.clinic.slotTomorrow(doctor.id(), patient.token())));
		assertThat(booked.status()).as("%s", booked).isEqualTo(201);
	}

	@Test
	void passwordGuessingLocksTheAccountForAWhile() {
		Person patient = this.clinic.registerUnverifiedPatient();

		for (int i = 0; i < 20; i++) {
			String guess = "guess-number-" + i;
			assertThatIllegalStateException()
				.isThrownBy(() -> this.stack.stack().keycloak().accessToken("careflow-web", patient.email(), guess));
		}

		assertThatIllegalStateException().as("the right password while locked")
			.isThrownBy(
					() -> this.stack.stack().keycloak().accessToken("careflow-web", patient.email(), Clinic.PASSWORD));
	}

	@Test
	void anUnverifiedPatientBooksOnlyAfterFollowingTheLinkInTheirMailbox() {
		Person doctor = this.clinic.doctorWithOpenHours("Rheumatology");
		Person patient = this.clinic.registerUnverifiedPatient();
		String slot = this.clinic.slotTomorrow(doctor.id(), patient.token());

		Api.Reply refused = this.api.post("/api/appointments", patient.token(), Clinic.booking(doctor.id(), slot));
		assertThat(refused.status()).as("%s", refused).isEqualTo(403);
		assertThat(refused.contentType()).contains("application/problem+json");
		assertThat(refused.text("detail")).containsIgnoringCase("verif");

		this.clinic.verifyEmail(patient);

		Api.Reply booked = this.api.post("/api/appointments", patient.token(), Clinic.booking(doctor.id(), slot));
		assertThat(booked.status()).as("%s", booked).isEqualTo(201);
	}

	@Test
	void anOversizedBodyIsRefusedAtTheDoor() {
		Person patient = this.clinic.registerUnverifiedPatient();
		String huge = "{\"doctorId\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";

		Api.Reply refused = this.api.post("/api/appointments", patient.token(), huge);

		assertThat(refused.status()).isEqualTo(413);
		assertThat(refused.contentType()).contains("application/problem+json");
	}

}
