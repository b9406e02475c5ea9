package org.careflow.patient.chart;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.careflow.events.ChartEntryCreated;
import org.careflow.events.Topics;
import org.careflow.platform.audit.AuditEntry;
import org.careflow.platform.audit.AuditOutcome;
import org.careflow.platform.audit.AuditQuery;
import org.careflow.platform.audit.AuditTrail;
import org.careflow.platform.kafka.EventJson;
import org.careflow.testinfra.KafkaRecords;
import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * The four chart resources (records, procedures, vaccines, allergies) through real tokens
 * of every role: who may, break the glass audited, versions, entered-in-error, the event,
 * bounds.
 */
class ChartResourcesIT extends ChartItSupport {

	private static final String DOCTOR2 = "00000000-0000-4000-8000-000000000003";

	private static final String SECRET_TEXT = "Wheezing after exercise";

	@Autowired
	private AuditTrail audit;

	@Autowired
	private MongoTemplate mongo;

	@Test
	void aDoctorInCareWritesARecordThePatientReadsItAndNoOneElseWithoutTheirRight() {
		NewPatient patient = newPatient("Rec", "Ord");
		NewPatient other = newPatient("Other", "Patient");
		putInCareOf(HOUSE, patient.id());

		ResponseEntity<JsonNode> created = call(POST, "/api/records", tokenOf("doctor"), record(patient.id()));
		assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
		String id = created.getBody().get("id").asString();
		assertThat(created.getHeaders().getLocation()).hasToString("/api/records/" + id);
		assertThat(created.getBody().get("authorId").asString()).isEqualTo(HOUSE);
		assertThat(created.getBody().get("status").asString()).isEqualTo("active");
		assertThat(created.getBody().get("version").asLong()).isZero();

		assertThat(status(GET, "/api/records/" + id, tokenOf("doctor"))).isEqualTo(200);
		assertThat(status(GET, "/api/records/" + id, patient.token())).isEqualTo(200);
		ResponseEntity<JsonNode> own = call(GET, "/api/records", patient.token(), null);
		assertThat(own.getStatusCode().value()).isEqualTo(200);
		assertThat(idsOf(own)).containsExactly(id);
		assertThat(status(POST, "/api/records", patient.token(), record(patient.id()))).isEqualTo(403);
		assertThat(status(GET, "/api/records/" + id, other.token())).isEqualTo(403);
		assertThat(status(GET, "/api/records?patientId=" + patient.id(), other.token())).isEqualTo(403);
		assertThat(status(GET, "/api/records/" + id, tokenOf("pharmacist"))).isEqualTo(403);
		assertThat(status(GET, "/api/records?patientId=" + patient.id(), tokenOf("pharmacist"))).isEqualTo(403);
		assertThat(status(GET, "/api/records/" + id, tokenOf("nurse"))).isEqualTo(200);
		assertThat(status(POST, "/api/records", tokenOf("nurse"), record(patient.id()))).isEqualTo(201);
		assertThat(status(GET, "/api/records/" + id, tokenOf("admin"))).isEqualTo(200);

		ConsumerRecord<String, String> event = KafkaRecords.awaitFirst(TestInfrastructure.kafka().bootstrapServers(),
				Topics.CHART, (r) -> r.value().contains(id), Duration.ofSeconds(30));
		ChartEntryCreated entryCreated = (ChartEntryCreated) EventJson.read(event.value()).orElseThrow();
		assertThat(entryCreated.patientId()).isEqualTo(patient.id());
		assertThat(entryCreated.resourceType()).isEqualTo("record");
		assertThat(entryCreated.authorId()).isEqualTo(HOUSE);
		assertThat(fieldNames(event.value())).isSubsetOf("eventId", "eventType", "type", "aggregateId", "occurredAt",
				"schemaVersion", "patientId", "resourceType", "authorId");
		assertThat(event.value()).doesNotContain(SECRET_TEXT).doesNotContain("J45");
	}

	@Test
	void aDoctorOutsideCareIsRefusedUntilTheyBreakTheGlassWhichIsAudited() {
		NewPatient patient = newPatient("Glass", "Broken");
		putInCareOf(HOUSE, patient.id());
		String id = call(POST, "/api/records", tokenOf("doctor"), record(patient.id())).getBody().get("id").asString();
		Instant before = Instant.now();

		assertThat(status(GET, "/api/records/" + id, tokenOf("doctor2"))).isEqualTo(403);
		HttpHeaders emergency = new HttpHeaders();
		emergency.set(EmergencyReason.HEADER, "Unconscious in the emergency room");
		ResponseEntity<JsonNode> read = call(GET, "/api/records/" + id, tokenOf("doctor2"), null, emergency);

		assertThat(read.getStatusCode().value()).isEqualTo(200);
		assertThat(read.getBody().get("text").asString()).isEqualTo(SECRET_TEXT);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			List<AuditEntry> entries = this.audit
				.find(new AuditQuery(patient.id(), before.minusSeconds(1), Instant.now().plusSeconds(1), 100));
			assertThat(entries).anySatisfy((entry) -> {
				assertThat(entry.actorId()).isEqualTo(DOCTOR2);
				assertThat(entry.action()).isEqualTo("read");
				assertThat(entry.resourceId()).isEqualTo(id);
				assertThat(entry.outcome()).isEqualTo(AuditOutcome.EMERGENCY);
			});
			assertThat(entries).anySatisfy((entry) -> {
				assertThat(entry.actorId()).isEqualTo(DOCTOR2);
				assertThat(entry.outcome()).isEqualTo(AuditOutcome.DENIED);
			});
		});
	}

	@Test
	void aStaleVersionIsRefusedAndEnteredInErrorHidesTheRecordButKeepsIt() {
		NewPatient patient = newPatient("Ver", "Sion");
		putInCareOf(HOUSE, patient.id());
		String id = call(POST, "/api/records", tokenOf("doctor"), record(patient.id())).getBody().get("id").asString();
		Map<String, Object> resolved = Map.of("kind", "diagnosis", "text", SECRET_TEXT, "status", "resolved", "version",
				0);

		ResponseEntity<JsonNode> changed = call(PUT, "/api/records/" + id, tokenOf("doctor"), resolved);
		assertThat(changed.getStatusCode().value()).as("%s", changed.getBody()).isEqualTo(200);
		assertThat(changed.getBody().get("status").asString()).isEqualTo("resolved");
		assertThat(changed.getBody().get("version").asLong()).isEqualTo(1);
		assertThat(status(PUT, "/api/records/" + id, tokenOf("doctor"), resolved)).isEqualTo(409);
		assertThat(status(DELETE, "/api/records/" + id, tokenOf("doctor"), Map.of("reason", "wrong", "version", 0)))
			.isEqualTo(409);

		ResponseEntity<JsonNode> deleted = call(DELETE, "/api/records/" + id, tokenOf("doctor"),
				Map.of("reason", "written in the wrong chart", "version", 1));
		assertThat(deleted.getStatusCode().value()).as("%s", deleted.getBody()).isEqualTo(200);

		assertThat(idsOf(call(GET, "/api/records?patientId=" + patient.id(), tokenOf("doctor"), null))).isEmpty();
		JsonNode kept = call(GET, "/api/records/" + id, tokenOf("doctor"), null).getBody();
		assertThat(kept.get("status").asString()).isEqualTo("entered-in-error");
		assertThat(kept.get("enteredInError").get("reason").asString()).isEqualTo("written in the wrong chart");
		assertThat(kept.get("enteredInError").get("byId").asString()).isEqualTo(HOUSE);
		assertThat(kept.path("onset").isNull() || kept.path("onset").isMissingNode())
			.as("a change that removed the onset removed it")
			.isTrue();
	}

	@Test
	void badInputIsA400NamingTheField() {
		NewPatient patient = newPatient("Bad", "Input");
		putInCareOf(HOUSE, patient.id());
		Map<String, Object> longText = Map.of("patientId", patient.id(), "kind", "note", "text", "x".repeat(5000));

		assertThat(fieldsOf(call(POST, "/api/records", tokenOf("doctor"), longText))).containsExactly("text");
		assertThat(
				fieldsOf(call(GET, "/api/records?patientId=" + patient.id() + "&size=100000", tokenOf("doctor"), null)))
			.containsExactly("size");
		assertThat(fieldsOf(call(GET, "/api/records", tokenOf("doctor"), null))).containsExactly("patientId");
		assertThat(fieldsOf(call(POST, "/api/records", tokenOf("doctor"),
				Map.of("patientId", patient.id(), "kind", "note", "text", "x", "onset", "1850-01-01"))))
			.containsExactly("onset");
	}

	@Test
	void aNursePerformsAPlannedProcedureOnceAndAPharmacistSeesNone() {
		NewPatient patient = newPatient("Pro", "Cedure");
		putInCareOf(HOUSE, patient.id());
		ResponseEntity<JsonNode> planned = call(POST, "/api/procedures", tokenOf("doctor"),
				Map.of("patientId", patient.id(), "name", "Spirometry", "reason", "Asthma follow-up", "plannedDate",
						LocalDate.now().plusDays(7).toString()));
		assertThat(planned.getStatusCode().value()).as("%s", planned.getBody()).isEqualTo(201);
		assertThat(planned.getBody().get("status").asString()).isEqualTo("preparation");
		String id = planned.getBody().get("id").asString();

		ResponseEntity<JsonNode> performed = call(POST, "/api/procedures/" + id + "/perform", tokenOf("nurse"),
				Map.of("outcome", "FEV1 within normal range"));
		assertThat(performed.getStatusCode().value()).as("%s", performed.getBody()).isEqualTo(200);
		assertThat(performed.getBody().get("status").asString()).isEqualTo("completed");
		assertThat(performed.getBody().get("performerId").asString()).isEqualTo("00000000-0000-4000-8000-000000000004");
		assertThat(status(POST, "/api/procedures/" + id + "/perform", tokenOf("nurse"), Map.of("outcome", "again")))
			.isEqualTo(409);
		assertThat(status(POST, "/api/procedures/" + id + "/perform", patient.token(), Map.of("outcome", "x")))
			.isEqualTo(403);
		assertThat(status(GET, "/api/procedures/" + id, tokenOf("pharmacist"))).isEqualTo(403);
		assertThat(idsOf(call(GET, "/api/procedures", patient.token(), null))).containsExactly(id);
		assertThat(this.mongo.findById(id, Document.class, "procedures").toJson()).as("sealed at rest")
			.doesNotContain("Asthma", "FEV1")
			.contains("\"Spirometry\"");
		assertThat(call(GET, "/api/procedures/" + id, tokenOf("nurse"), null).getBody().get("outcome").asString())
			.isEqualTo("FEV1 within normal range");
	}

	@Test
	void aNurseRecordsAVaccineButNotFromAnExpiredLot() {
		NewPatient patient = newPatient("Vac", "Cine");
		putInCareOf(HOUSE, patient.id());
		LocalDate today = LocalDate.now();

		ResponseEntity<JsonNode> expired = call(POST, "/api/vaccines", tokenOf("nurse"),
				vaccine(patient.id(), today.minusDays(1)));
		assertThat(expired.getStatusCode().value()).isEqualTo(422);
		assertThat(fieldsOf(expired)).containsExactly("lotExpiry");

		ResponseEntity<JsonNode> given = call(POST, "/api/vaccines", tokenOf("nurse"),
				vaccine(patient.id(), today.plusMonths(6)));
		assertThat(given.getStatusCode().value()).as("%s", given.getBody()).isEqualTo(201);
		String id = given.getBody().get("id").asString();
		assertThat(given.getBody().get("performerId").asString()).isEqualTo("00000000-0000-4000-8000-000000000004");
		assertThat(status(GET, "/api/vaccines/" + id, patient.token())).isEqualTo(200);
		assertThat(status(GET, "/api/vaccines/" + id, tokenOf("pharmacist"))).isEqualTo(403);
		assertThat(status(GET, "/api/vaccines/" + id, tokenOf("doctor2"))).isEqualTo(403);
	}

	@Test
	void allergiesAreWrittenByTheDoctorAndOnlyReadByTheNurse() {
		NewPatient patient = newPatient("Aller", "Gic");
		NewPatient other = newPatient("Not", "Them");
		putInCareOf(HOUSE, patient.id());
		String path = "/api/patients/" + patient.id() + "/allergies";
		Map<String, Object> penicillin = Map.of("substance", "Penicillin", "reaction", "Hives", "severity", "moderate",
				"criticality", "high");

		ResponseEntity<JsonNode> created = call(POST, path, tokenOf("doctor"), penicillin);
		assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
		String id = created.getBody().get("id").asString();

		assertThat(status(POST, path, tokenOf("nurse"), penicillin)).isEqualTo(403);
		assertThat(idsOf(call(GET, path, tokenOf("nurse"), null))).containsExactly(id);
		assertThat(idsOf(call(GET, "/api/patients/me/allergies", patient.token(), null))).containsExactly(id);
		assertThat(status(GET, path, other.token())).isEqualTo(403);
		assertThat(status(GET, "/api/patients/" + other.id() + "/allergies/" + id, tokenOf("admin"))).isEqualTo(404);
		assertThat(status(GET, path, tokenOf("pharmacist"))).isEqualTo(403);

		assertThat(status(DELETE, path + "/" + id, tokenOf("doctor"), Map.of("reason", "mixed up", "version", 0)))
			.isEqualTo(200);
		assertThat(idsOf(call(GET, path, tokenOf("doctor"), null))).isEmpty();
		assertThat(call(GET, path + "/" + id, tokenOf("doctor"), null).getBody().get("status").asString())
			.isEqualTo("entered-in-error");
	}

	private static Map<String, Object> record(String patientId) {
		return Map.of("patientId", patientId, "kind", "diagnosis", "code",
				Map.of("system", "http://hl7.org/fhir/sid/icd-10", "code", "J45.9", "display", "Asthma"), "text",
				SECRET_TEXT, "onset", "2020-05-01");
	}

	private static Map<String, Object> vaccine(String patientId, LocalDate lotExpiry) {
		return Map.of("patientId", patientId, "vaccineName", "Influenza", "vaccineCode",
				Map.of("system", "http://hl7.org/fhir/sid/cvx", "code", "158"), "doseNumber", 1, "lotNumber", "LOT-42",
				"lotExpiry", lotExpiry.toString(), "site", "left deltoid", "dateGiven", LocalDate.now().toString());
	}

	private int status(org.springframework.http.HttpMethod method, String path, String token) {
		return status(method, path, token, null);
	}

	private int status(org.springframework.http.HttpMethod method, String path, String token, Object body) {
		return call(method, path, token, body).getStatusCode().value();
	}

	private static List<String> idsOf(ResponseEntity<JsonNode> list) {
		assertThat(list.getStatusCode().value()).as("%s", list.getBody()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		list.getBody().forEach((item) -> ids.add(item.get("id").asString()));
		return ids;
	}

	private static List<String> fieldsOf(ResponseEntity<JsonNode> problem) {
		List<String> fields = new ArrayList<>();
		problem.getBody().get("errors").forEach((error) -> fields.add(error.get("field").asString()));
		return fields;
	}

	private static Set<String> fieldNames(String json) {
		return Set.copyOf(JsonMapper.builder().build().readTree(json).propertyNames());
	}

}
