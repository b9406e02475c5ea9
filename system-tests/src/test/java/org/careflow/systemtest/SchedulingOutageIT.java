package org.careflow.systemtest;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Booking while the scheduling service is down fails fast and honestly, storing nothing.
 */
class SchedulingOutageIT {

	private final SystemStack stack = SystemStack.get();

	@Test
	void bookingAnswers503QuicklyAndStoresNothingWhileSchedulingIsDown() {
		Clinic clinic = this.stack.clinic();
		Person doctor = clinic.doctorWithOpenHours("Neurology");
		Person patient = clinic.registerPatient();
		String slot = clinic.slotTomorrow(doctor.id(), patient.token());

		this.stack.stopService("scheduling-service");
		Api.Reply reply = this.stack.api()
			.post("/api/appointments", patient.token(), Clinic.booking(doctor.id(), slot));

		assertThat(reply.status()).as("%s", reply).isEqualTo(503);
		assertThat(reply.contentType()).contains("application/problem+json");
		assertThat(reply.took()).as("time to answer").isLessThan(Duration.ofSeconds(2));
		Api.Reply stored = this.stack.api().get("/api/appointments", patient.token());
		assertThat(stored.status()).isEqualTo(200);
		assertThat(stored.body().isArray()).as("%s", stored).isTrue();
		assertThat(stored.body().isEmpty()).as("appointments stored for the patient").isTrue();
	}

	@AfterEach
	void restartScheduling() {
		this.stack.startService("scheduling-service");
	}

}
