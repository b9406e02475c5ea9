package org.careflow.systemtest;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every read of a patient's data leaves a trace the patient and an admin can read, and
 * the trace holds who, what and when, never the data.
 */
class AuditTrailIT {

	private final SystemStack stack = SystemStack.get();

	private final Api api = this.stack.api();

	private final Clinic clinic = this.stack.clinic();

	@Test
	void readingAPatientsAppointmentAsTheirDoctorWritesOneAuditRecordWithoutHealthData() {
		Person doctor = this.clinic.doctorWithOpenHours("Cardiology");
		Person patient = this.clinic.registerPatient();
		Api.Reply booked = this.api.post("/api/appointments", patient.token(), Map.of("doctorId", doctor.id(), "start",
				this.clinic.slotTomorrow(doctor.id(), patient.token()), "reason", "Chest pain since Monday"));
		assertThat(booked.status()).as("%s", booked).isEqualTo(201);
		String appointment = booked.text("id");
		assertThat(this.api.post("/api/appointments/" + appointment + "/check-in", doctor.token(), null).status())
			.isEqualTo(200);
		Api.Reply visit = this.api.put("/api/appointments/" + appointment + "/visit", doctor.token(),
				Map.of("systolic", 142, "diastolic", 91, "notes", "Suspected angina"));
		assertThat(visit.status()).as("%s", visit).isEqualTo(200);

		assertThat(this.api.get("/api/appointments/" + appointment, doctor.token()).status()).isEqualTo(200);

		// entries are written in batches, within milliseconds
		Api.Reply trail = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.api.get("/api/audit?patientId=" + patient.id(), this.clinic.adminToken()),
					reply -> reply.status() == 200 && reply.body()
						.path("entries")
						.valueStream()
						.anyMatch(entry -> entry.path("action").asString().equals("read")
								&& entry.path("resourceId").asString().equals(appointment)));
		List<JsonNode> doctorsReads = trail.body()
			.path("entries")
			.valueStream()
			.filter(entry -> entry.path("action").asString().equals("read"))
			.filter(entry -> entry.path("resourceId").asString().equals(appointment))
			.toList();
		assertThat(doctorsReads).hasSize(1);
		JsonNode read = doctorsReads.get(0);
		assertThat(read.path("actorId").asString()).isEqualTo(doctor.id());
		assertThat(read.path("actorRole").asString()).isEqualTo("doctor");
		assertThat(read.path("resourceType").asString()).isEqualTo("appointment");
		assertThat(read.path("service").asString()).isEqualTo("appointment-service");
		assertThat(read.path("outcome").asString()).isEqualTo("SUCCESS");
		assertThat(trail.body().path("partial").asBoolean()).isFalse();
		assertThat(trail.body().toString()).doesNotContain("angina", "Chest pain");
		trail.body()
			.path("entries")
			.forEach(entry -> assertThat(entry.propertyNames()).as("what an audit entry holds")
				.containsExactlyInAnyOrder("id", "at", "actorId", "actorRole", "action", "resourceType", "resourceId",
						"patientId", "outcome", "traceId", "service"));

		Api.Reply mine = this.api.get("/api/patients/me/access-log", patient.token());
		assertThat(mine.body().path("entries").valueStream().map(entry -> entry.path("actorId").asString()))
			.contains(doctor.id());
	}

}
