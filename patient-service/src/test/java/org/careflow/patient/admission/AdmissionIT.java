package org.careflow.patient.admission;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.careflow.events.DepartmentSaved;
import org.careflow.events.DepartmentSaved.RoomBeds;
import org.careflow.events.PatientAdmitted;
import org.careflow.events.PatientDischarged;
import org.careflow.events.Topics;
import org.careflow.patient.chart.ChartItSupport;
import org.careflow.patient.departments.Departments;
import org.careflow.platform.audit.AuditEntry;
import org.careflow.platform.audit.AuditOutcome;
import org.careflow.platform.audit.AuditQuery;
import org.careflow.platform.audit.AuditTrail;
import org.careflow.platform.kafka.EventJson;
import org.careflow.testinfra.KafkaRecords;
import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * Admissions on the whole service (the chart ITs' Spring context, real Kafka, the
 * MongoDB-protocol store and Keycloak tokens): the department copy from an event on the
 * broker, admitting, the race for one bed, discharge, housekeeping, the board, the
 * history, and who may do what.
 */
class AdmissionIT extends ChartItSupport {

	@Autowired
	private KafkaTemplate<String, String> kafka;

	@Autowired
	private Departments departments;

	@Autowired
	private AuditTrail audit;

	@Test
	void theDepartmentCopyFollowsTheEventsOnTheBrokerAndIgnoresAnOlderOne() {
		String department = newDepartment(List.of(new RoomBeds("101", List.of("A", "B"))));
		JsonNode board = call(GET, bedsOf(department), tokenOf("nurse"), null).getBody();
		assertThat(board.get("name").asString()).isEqualTo("Ward " + department);
		assertThat(statusesOf(board)).containsExactly("U", "U");

		Instant later = Instant.now().plusSeconds(60);
		publish(new DepartmentSaved(UUID.randomUUID(), department, later, 1, "Renamed",
				List.of(new RoomBeds("101", List.of("A", "B", "C")))));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> "Renamed".equals(this.departments.find(department).orElseThrow().name()));
		publish(new DepartmentSaved(UUID.randomUUID(), department, later.minusSeconds(30), 1, "Older",
				List.of(new RoomBeds("101", List.of("A")))));
		// one listener thread reads every partition: once a department sent after the
		// older event is copied, the older event has been read too (in practice; the
		// copy is watched for a second more all the same)
		newDepartment(List.of(new RoomBeds("1", List.of("A"))));
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(5))
			.until(() -> "Renamed".equals(this.departments.find(department).orElseThrow().name()));
		assertThat(statusesOf(call(GET, bedsOf(department), tokenOf("doctor"), null).getBody())).hasSize(3);
	}

	@Test
	void aNurseAdmitsThenDischargesAndTheBedIsCleanedBeforeItIsFreeAgain() {
		String department = newDepartment(List.of(new RoomBeds("101", List.of("A", "B"))));
		NewPatient patient = newPatient("Ada", "Bedford");

		ResponseEntity<JsonNode> admitted = admit(patient.id(), department, "101", "B", tokenOf("nurse"));

		assertThat(admitted.getStatusCode().value()).as("%s", admitted.getBody()).isEqualTo(201);
		String admissionId = admitted.getBody().get("id").asString();
		assertThat(admitted.getBody().get("status").asString()).isEqualTo("in-progress");
		assertThat(admitted.getHeaders().getLocation())
			.hasPath("/api/patients/" + patient.id() + "/admissions/" + admissionId);
		ConsumerRecord<String, String> admittedEvent = awaitEvent(admissionId, PatientAdmitted.TYPE);
		assertThat(admittedEvent.key()).isEqualTo(patient.id());
		PatientAdmitted event = (PatientAdmitted) EventJson.read(admittedEvent.value()).orElseThrow();
		assertThat(event.aggregateId()).isEqualTo(patient.id());
		assertThat(List.of(event.departmentId(), event.room(), event.bed())).containsExactly(department, "101", "B");

		JsonNode board = call(GET, bedsOf(department), tokenOf("doctor"), null).getBody();
		assertThat(statusesOf(board)).containsExactly("U", "O");
		JsonNode bed = board.get("beds").get(1);
		assertThat(bed.get("patientId").asString()).isEqualTo(patient.id());
		assertThat(bed.get("operationalStatus").get("display").asString()).isEqualTo("Occupied");
		assertThat(bed.get("operationalStatus").get("system").asString())
			.isEqualTo("http://terminology.hl7.org/CodeSystem/v2-0116");
		assertThat(Instant.parse(bed.get("since").asString())).isCloseTo(Instant.now(),
				org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));
		assertThat(admit(patient.id(), department, "101", "A", tokenOf("nurse")).getStatusCode().value())
			.as("already admitted")
			.isEqualTo(409);

		ResponseEntity<JsonNode> discharged = call(POST, dischargeOf(patient.id()), tokenOf("nurse"), null);

		assertThat(discharged.getStatusCode().value()).as("%s", discharged.getBody()).isEqualTo(200);
		assertThat(discharged.getBody().get("status").asString()).isEqualTo("finished");
		PatientDischarged left = (PatientDischarged) EventJson
			.read(awaitEvent(admissionId, PatientDischarged.TYPE).value())
			.orElseThrow();
		assertThat(List.of(left.aggregateId(), left.room(), left.bed())).containsExactly(patient.id(), "101", "B");
		assertThat(call(POST, dischargeOf(patient.id()), tokenOf("nurse"), null).getStatusCode().value())
			.as("not admitted any more")
			.isEqualTo(409);
		JsonNode cleaning = call(GET, bedsOf(department), tokenOf("nurse"), null).getBody();
		assertThat(statusesOf(cleaning)).containsExactly("U", "H");
		assertThat(cleaning.get("beds").get(1).get("patientId").isNull()).isTrue();

		NewPatient next = newPatient("Bea", "Bedford");
		assertThat(admit(next.id(), department, "101", "B", tokenOf("nurse")).getStatusCode().value())
			.as("a bed in housekeeping takes nobody")
			.isEqualTo(409);
		assertThat(call(POST, bedsOf(department) + "/ready", tokenOf("doctor"), Map.of("room", "101", "bed", "B"))
			.getStatusCode()
			.value()).isEqualTo(403);
		ResponseEntity<JsonNode> ready = call(POST, bedsOf(department) + "/ready", tokenOf("nurse"),
				Map.of("room", "101", "bed", "B"));
		assertThat(ready.getStatusCode().value()).isEqualTo(200);
		assertThat(ready.getBody().get("operationalStatus").get("code").asString()).isEqualTo("U");
		assertThat(statusesOf(call(GET, bedsOf(department), tokenOf("admin"), null).getBody())).containsExactly("U",
				"U");
		assertThat(admit(next.id(), department, "101", "B", tokenOf("admin")).getStatusCode().value()).isEqualTo(201);
		assertThat(call(POST, bedsOf(department) + "/ready", tokenOf("nurse"), Map.of("room", "101", "bed", "B"))
			.getStatusCode()
			.value()).as("occupied").isEqualTo(409);

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(auditOf(patient.id())).extracting(AuditEntry::action, AuditEntry::outcome)
				.contains(org.assertj.core.groups.Tuple.tuple("admit", AuditOutcome.SUCCESS),
						org.assertj.core.groups.Tuple.tuple("discharge", AuditOutcome.SUCCESS),
						org.assertj.core.groups.Tuple.tuple("read", AuditOutcome.SUCCESS)));
	}

	@Test
	void twentyAdmissionsRacingForOneBedAdmitExactlyOne() throws Exception {
		String department = newDepartment(List.of(new RoomBeds("7", List.of("A"))));
		List<String> patients = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			patients.add(registered());
		}
		String nurse = tokenOf("nurse");
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(20)) {
			for (String patient : patients) {
				answers.add(threads.submit(() -> {
					start.await();
					return admit(patient, department, "7", "A", nurse).getStatusCode().value();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			assertThat(statuses).filteredOn((status) -> status == 201).hasSize(1);
			assertThat(statuses).filteredOn((status) -> status == 409).hasSize(19);
		}
		JsonNode bed = call(GET, bedsOf(department), nurse, null).getBody().get("beds").get(0);
		assertThat(bed.get("operationalStatus").get("code").asString()).isEqualTo("O");
		String winner = bed.get("patientId").asString();
		assertThat(patients).contains(winner);
		for (String patient : patients) {
			int expected = patient.equals(winner) ? 1 : 0;
			assertThat(call(GET, "/api/patients/" + patient + "/admissions", nurse, null).getBody())
				.as("a refused admission leaves nothing behind")
				.hasSize(expected);
		}
	}

	@Test
	void theHistoryIsPagedNewestFirstAndThePatientReadsTheirOwnOnly() {
		String department = newDepartment(List.of(new RoomBeds("201", List.of("A"))));
		NewPatient patient = newPatient("Hal", "Story");
		List<String> admissions = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			admissions
				.add(admit(patient.id(), department, "201", "A", tokenOf("nurse")).getBody().get("id").asString());
			assertThat(call(POST, dischargeOf(patient.id()), tokenOf("nurse"), null).getStatusCode().value())
				.isEqualTo(200);
			call(POST, bedsOf(department) + "/ready", tokenOf("nurse"), Map.of("room", "201", "bed", "A"));
		}
		String path = "/api/patients/" + patient.id() + "/admissions";

		ResponseEntity<JsonNode> first = call(GET, path + "?size=2", tokenOf("nurse"), null);

		assertThat(idsOf(first.getBody())).containsExactly(admissions.get(2), admissions.get(1));
		assertThat(first.getHeaders().getFirst(HttpHeaders.LINK)).contains("page=1").contains("rel=\"next\"");
		ResponseEntity<JsonNode> second = call(GET, path + "?page=1&size=2", tokenOf("nurse"), null);
		assertThat(idsOf(second.getBody())).containsExactly(admissions.get(0));
		assertThat(second.getHeaders().getFirst(HttpHeaders.LINK)).isNull();

		assertThat(idsOf(call(GET, path, patient.token(), null).getBody())).hasSize(3);
		assertThat(idsOf(call(GET, "/api/patients/me/admissions", patient.token(), null).getBody())).hasSize(3);
		assertThat(status(GET, path + "/" + admissions.get(0), patient.token())).isEqualTo(200);
		NewPatient other = newPatient("Ona", "Other");
		assertThat(status(GET, path, other.token())).isEqualTo(403);
		assertThat(status(GET, path + "/" + admissions.get(0), other.token())).isEqualTo(403);
		assertThat(status(GET, "/api/patients/" + other.id() + "/admissions/" + admissions.get(0), tokenOf("admin")))
			.as("another patient's admission")
			.isEqualTo(404);
		assertThat(status(GET, path, tokenOf("pharmacist"))).isEqualTo(403);
		assertThat(status(GET, path, tokenOf("doctor2"))).as("not in their care").isEqualTo(403);
		assertThat(status(GET, path, null)).isEqualTo(401);
		assertThat(fieldsOf(call(GET, path + "?size=101", tokenOf("nurse"), null))).containsExactly("size");
	}

	@Test
	void onlyStaffAdmitADoctorOnlyPatientsInTheirCare() {
		String department = newDepartment(List.of(new RoomBeds("301", List.of("A", "B"))));
		NewPatient patient = newPatient("Pat", "Ient");

		assertThat(admit(patient.id(), department, "301", "A", patient.token()).getStatusCode().value())
			.as("the patient themself")
			.isEqualTo(403);
		assertThat(admit(patient.id(), department, "301", "A", tokenOf("pharmacist")).getStatusCode().value())
			.isEqualTo(403);
		assertThat(admit(patient.id(), department, "301", "A", null).getStatusCode().value()).isEqualTo(401);
		assertThat(admit(patient.id(), department, "301", "A", tokenOf("doctor")).getStatusCode().value())
			.as("not yet in Dr House's care")
			.isEqualTo(403);
		assertThat(status(GET, bedsOf(department), patient.token())).isEqualTo(403);
		assertThat(status(GET, bedsOf(department), tokenOf("pharmacist"))).isEqualTo(403);
		assertThat(status(GET, bedsOf(department), null)).isEqualTo(401);

		putInCareOf(HOUSE, patient.id());

		assertThat(admit(patient.id(), department, "301", "A", tokenOf("doctor")).getStatusCode().value())
			.isEqualTo(201);
		assertThat(status(POST, dischargeOf(patient.id()), tokenOf("doctor2"))).isEqualTo(403);
		assertThat(status(POST, dischargeOf(patient.id()), patient.token())).isEqualTo(403);
		assertThat(status(POST, dischargeOf(patient.id()), tokenOf("doctor"))).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(auditOf(patient.id())).extracting(AuditEntry::action, AuditEntry::outcome)
				.contains(org.assertj.core.groups.Tuple.tuple("admit", AuditOutcome.DENIED),
						org.assertj.core.groups.Tuple.tuple("discharge", AuditOutcome.DENIED)));
	}

	@Test
	void anUnknownPlaceIsRefusedNamingTheFieldAndBadInputIsA400() {
		String department = newDepartment(List.of(new RoomBeds("401", List.of("A"))));
		NewPatient patient = newPatient("Una", "Known");
		String nurse = tokenOf("nurse");

		ResponseEntity<JsonNode> noBed = admit(patient.id(), department, "401", "Z", nurse);
		assertThat(noBed.getStatusCode().value()).isEqualTo(422);
		assertThat(fieldsOf(noBed)).containsExactly("bed");
		assertThat(fieldsOf(admit(patient.id(), department, "499", "A", nurse))).containsExactly("room");
		ResponseEntity<JsonNode> noDepartment = admit(patient.id(), "no-such-department", "401", "A", nurse);
		assertThat(noDepartment.getStatusCode().value()).isEqualTo(422);
		assertThat(fieldsOf(noDepartment)).containsExactly("departmentId");

		ResponseEntity<JsonNode> tooLong = admit(patient.id(), department, "x".repeat(21), "A", nurse);
		assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
		assertThat(fieldsOf(tooLong)).containsExactly("room");
		assertThat(fieldsOf(admit(patient.id(), "bad id", "401", "A", nurse))).containsExactly("departmentId");
		assertThat(fieldsOf(call(POST, "/api/patients/" + patient.id() + "/admission", nurse, Map.of("room", "401"))))
			.containsExactly("bed", "departmentId");
		assertThat(fieldsOf(admit("x".repeat(65), department, "401", "A", nurse))).containsExactly("patientId");
		assertThat(status(POST, dischargeOf(patient.id()), nurse)).as("not admitted").isEqualTo(409);
		assertThat(status(POST, dischargeOf(UUID.randomUUID().toString()), nurse)).as("no such patient").isEqualTo(404);
		assertThat(admit(UUID.randomUUID().toString(), department, "401", "A", nurse).getStatusCode().value())
			.isEqualTo(404);
		assertThat(status(GET, bedsOf("no-such-department"), nurse)).isEqualTo(404);
		assertThat(fieldsOf(call(POST, bedsOf(department) + "/ready", nurse, Map.of("room", "401", "bed", "Q"))))
			.containsExactly("bed");
	}

	@Test
	void aDeactivatedPatientIsNotAdmitted() {
		String department = newDepartment(List.of(new RoomBeds("501", List.of("A"))));
		String patient = registered();
		assertThat(status(HttpMethod.DELETE, "/api/patients/" + patient, tokenOf("admin"))).isEqualTo(204);

		ResponseEntity<JsonNode> refused = admit(patient, department, "501", "A", tokenOf("nurse"));

		assertThat(refused.getStatusCode().value()).as("%s", refused.getBody()).isEqualTo(409);
		assertThat(refused.getBody().get("detail").asString()).contains("deactivated");
	}

	/**
	 * A department's patients are those its id is in the profile of, listed for staff;
	 * doctor-service, before removing it, also learns who lies in its beds.
	 */
	@Test
	void theDepartmentsPatientsAreListedForStaffAndItsMembersToldToServicesOnly() {
		String department = newDepartment(List.of(new RoomBeds("301", List.of("A"))));
		NewPatient lying = newPatient("Cy", "Member");
		assertThat(admit(lying.id(), department, "301", "A", tokenOf("nurse")).getStatusCode().value()).isEqualTo(201);
		NewPatient belonging = newPatient("Di", "Member");
		ResponseEntity<JsonNode> joined = call(PUT, "/api/patients/" + belonging.id(), tokenOf("nurse"),
				Map.of("firstName", "Di", "lastName", "Member", "birthDate", "1970-01-01", "phone", "+15550100",
						"departmentId", department, "version", 0));
		assertThat(joined.getStatusCode().value()).as("%s", joined.getBody()).isEqualTo(200);

		ResponseEntity<JsonNode> listed = call(GET, "/api/departments/" + department + "/patients", tokenOf("nurse"),
				null);
		ResponseEntity<JsonNode> members = call(GET, "/internal/departments/" + department + "/members",
				TestInfrastructure.keycloak().serviceToken("patient-service"), null);

		assertThat(listed.getStatusCode().value()).isEqualTo(200);
		assertThat(idsOf(listed.getBody())).containsExactly(belonging.id());
		assertThat(status(GET, "/api/departments/" + department + "/patients", tokenOf("pharmacist"))).isEqualTo(403);
		assertThat(status(GET, "/api/departments/" + department + "/patients?size=1000", tokenOf("admin")))
			.isEqualTo(400);
		assertThat(members.getStatusCode().value()).isEqualTo(200);
		assertThat(members.getBody().get("patientIds").get(0).asString()).isEqualTo(belonging.id());
		assertThat(members.getBody().get("patientCount").asLong()).isEqualTo(1);
		assertThat(members.getBody().get("admittedPatientIds").get(0).asString()).isEqualTo(lying.id());
		assertThat(members.getBody().get("admittedCount").asLong()).isEqualTo(1);
		assertThat(status(GET, "/internal/departments/" + department + "/members", tokenOf("admin"))).isEqualTo(403);
	}

	/** A department published as doctor-service does, once the copy has it. */
	private String newDepartment(List<RoomBeds> rooms) {
		String id = "dept-" + UUID.randomUUID().toString().substring(0, 8);
		publish(DepartmentSaved.of(id, "Ward " + id, rooms));
		await().atMost(Duration.ofSeconds(30)).until(() -> this.departments.find(id).isPresent());
		return id;
	}

	private void publish(DepartmentSaved saved) {
		this.kafka.send(Topics.DEPARTMENTS, saved.aggregateId(), EventJson.write(saved)).join();
	}

	/** A patient registered through the API, without a token of their own. */
	private String registered() {
		ResponseEntity<JsonNode> created = this.http.post()
			.uri("/api/patients/register")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("email", "bed." + UUID.randomUUID().toString().substring(0, 8) + "@example.org", "password",
					PASSWORD, "firstName", "Racer", "lastName", "Bed", "birthDate", "1970-01-01", "phone",
					"+44 20 7946 0000"))
			.retrieve()
			.toEntity(JsonNode.class);
		assertThat(created.getStatusCode().value()).isEqualTo(201);
		return created.getBody().get("id").asString();
	}

	private ResponseEntity<JsonNode> admit(String patientId, String department, String room, String bed, String token) {
		return call(POST, "/api/patients/" + patientId + "/admission", token,
				Map.of("departmentId", department, "room", room, "bed", bed));
	}

	private ConsumerRecord<String, String> awaitEvent(String admissionId, String type) {
		return KafkaRecords.awaitFirst(TestInfrastructure.kafka().bootstrapServers(), Topics.PATIENTS,
				(r) -> r.value().contains(admissionId) && r.value().contains(type), Duration.ofSeconds(30));
	}

	private List<AuditEntry> auditOf(String patientId) {
		return this.audit.find(new AuditQuery(patientId, Instant.now().minus(Duration.ofHours(1)),
				Instant.now().plusSeconds(60), 100));
	}

	private int status(HttpMethod method, String path, String token) {
		return call(method, path, token, null).getStatusCode().value();
	}

	private static String bedsOf(String department) {
		return "/api/departments/" + department + "/beds";
	}

	private static String dischargeOf(String patientId) {
		return "/api/patients/" + patientId + "/discharge";
	}

	private static List<String> statusesOf(JsonNode board) {
		List<String> codes = new ArrayList<>();
		board.get("beds").forEach((bed) -> codes.add(bed.get("operationalStatus").get("code").asString()));
		return codes;
	}

	private static List<String> idsOf(JsonNode list) {
		List<String> ids = new ArrayList<>();
		list.forEach((item) -> ids.add(item.get("id").asString()));
		return ids;
	}

	private static List<String> fieldsOf(ResponseEntity<JsonNode> answer) {
		assertThat(answer.getBody().has("errors")).as("%s", answer.getBody()).isTrue();
		List<String> fields = new ArrayList<>();
		answer.getBody().get("errors").forEach((error) -> fields.add(error.get("field").asString()));
		return fields;
	}

}
