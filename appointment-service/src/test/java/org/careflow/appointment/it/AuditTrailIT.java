package org.careflow.appointment.it;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.careflow.testinfra.ApiClient;
import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every read and change of an appointment is in the audit trail (who, which role, which
 * patient, what, when, allowed or not), which holds no health data and which other
 * services read with their own token only.
 */
class AuditTrailIT extends AgainstFakeScheduling {

	static final String DOCTOR_ID = HOUSE;

	static final String REASON = "Audit probe: recurring migraine";

	static final String NOTES = "Audit probe: prescribed rest";

	/**
	 * Ids, roles, actions and times: nothing that could hold a reason, notes or vitals.
	 */
	static final List<String> AUDIT_FIELDS = List.of("_id", "at", "actorId", "actorRole", "action", "resourceType",
			"resourceId", "patientId", "outcome", "traceId", "service", "_class");

	List<Document> trailOf(String appointmentId) {
		return this.mongo.getCollection("audit_trail")
			.find(new Document("resourceId", appointmentId))
			.into(new ArrayList<>());
	}

	@Test
	void aDoctorReadingTheirPatientsAppointmentLeavesExactlyOneEntry() {
		String id = bookedId(at("09:00"));

		assertThat(this.api.get("/api/appointments/" + id, doctor).status()).isEqualTo(200);

		// entries are written in batches, within milliseconds
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			List<Document> reads = trailOf(id).stream()
				.filter(entry -> "read".equals(entry.getString("action")))
				.toList();
			assertThat(reads).singleElement().satisfies(entry -> {
				assertThat(entry.getString("actorId")).isEqualTo(DOCTOR_ID);
				assertThat(entry.getString("actorRole")).isEqualTo("doctor");
				assertThat(entry.getString("patientId")).isEqualTo(PATIENT_ID);
				assertThat(entry.getString("resourceType")).isEqualTo("appointment");
				assertThat(entry.getString("outcome")).isEqualTo("SUCCESS");
			});
		});
	}

	@Test
	void everyChangeAndEveryRefusedLookIsRecordedButNoHealthData() {
		ApiClient.Response booked = this.api.call(HttpMethod.POST, "/api/appointments", patient,
				Map.of("doctorId", HOUSE, "start", at("10:00").toString(), "reason", REASON));
		String id = booked.body().get("id").asString();
		checkIn(id, doctor);
		visit(id, doctor, Map.of("systolic", 187, "diastolic", 113, "notes", NOTES));
		assertThat(this.api.get("/api/appointments/" + id, otherDoctor).status()).isEqualTo(404);
		this.api.call(HttpMethod.POST, "/api/appointments/" + id + "/cancel", patient, Map.of("reason", REASON));

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(trailOf(id))
				.extracting(entry -> entry.getString("action") + " " + entry.getString("outcome"))
				.containsExactlyInAnyOrder("create SUCCESS", "check-in SUCCESS", "update-visit SUCCESS", "read DENIED",
						"cancel DENIED"));
		assertThat(this.mongo.getCollection("audit_trail").find().into(new ArrayList<>())).allSatisfy(entry -> {
			assertThat(entry.keySet()).isSubsetOf(AUDIT_FIELDS);
			assertThat(entry.toJson()).doesNotContain(REASON, NOTES);
		});
	}

	@Test
	void otherServicesReadTheTrailWithTheirOwnTokenOnly() {
		String id = bookedId(at("11:00"));
		this.api.get("/api/appointments/" + id, doctor);
		String query = "/internal/audit?patientId=" + PATIENT_ID + "&from=" + Instant.now().minus(Duration.ofHours(1))
				+ "&to=" + Instant.now().plus(Duration.ofHours(1));

		String service = TestInfrastructure.keycloak().serviceToken("appointment-service");
		ApiClient.Response asPatient = this.api.get(query, patient);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			ApiClient.Response asService = this.api.get(query, service);
			assertThat(asService.status()).isEqualTo(200);
			List<String> entries = new ArrayList<>();
			for (JsonNode entry : asService.body()) {
				if (id.equals(entry.path("resourceId").asString(""))) {
					entries.add(entry.get("action").asString() + " by " + entry.get("actorRole").asString());
				}
			}
			assertThat(entries).containsExactlyInAnyOrder("create by patient", "read by doctor");
		});
		assertThat(asPatient.status()).isEqualTo(403);
	}

	@Test
	void anotherServiceExportsAPatientsAppointmentsWithItsOwnTokenOnly() {
		String id = bookedId(at("11:30"));
		String service = TestInfrastructure.keycloak().serviceToken("patient-service");

		ApiClient.Response exported = this.api.get("/internal/patients/" + PATIENT_ID + "/export", service);

		assertThat(exported.status()).as("%s", exported.body()).isEqualTo(200);
		assertThat(exported.body().get("truncated").asBoolean()).isFalse();
		assertThat(exported.body().get("appointments").valueStream())
			.anySatisfy((appointment) -> assertThat(appointment.get("id").asString()).isEqualTo(id));
		assertThat(this.api.get("/internal/patients/" + PATIENT_ID + "/export", patient).status()).isEqualTo(403);
		assertThat(this.api.get("/internal/patients/not%20an%20id/export", service).status()).isEqualTo(400);
	}

}
