package org.careflow.patient.prescriptions;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.careflow.events.Topics;
import org.careflow.patient.chart.ChartItSupport;
import org.careflow.patient.documents.prescription.PdfPages;
import org.careflow.testinfra.QrDecoder;
import org.careflow.platform.audit.AuditEntry;
import org.careflow.platform.audit.AuditOutcome;
import org.careflow.platform.audit.AuditQuery;
import org.careflow.platform.audit.AuditTrail;
import org.careflow.testinfra.KafkaRecords;
import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Prescriptions through real tokens: written by the doctor in care, read by the patient,
 * filled by a pharmacist, refused to everyone else, announced on Kafka with ids only.
 */
class PrescriptionsIT extends ChartItSupport {

	@Autowired
	private AuditTrail audit;

	@Autowired
	private MongoTemplate mongo;

	@Test
	void theDoctorInCareWritesThePatientReadsAndAPharmacistFillsInParts() {
		NewPatient patient = newPatient("Zoë", "Łukasiewicz");
		putInCareOf(HOUSE, patient.id());

		ResponseEntity<JsonNode> written = call(HttpMethod.POST, "/api/prescriptions", tokenOf("doctor"),
				prescription(patient.id(), 20, 1));
		assertThat(written.getStatusCode().value()).as("%s", written.getBody()).isEqualTo(201);
		String id = written.getBody().get("id").asString();
		assertThat(written.getHeaders().getLocation()).hasToString("/api/prescriptions/" + id);
		assertThat(written.getBody().get("status").asString()).isEqualTo("active");
		assertThat(written.getBody().get("fillsRemaining").asInt()).isEqualTo(2);

		ResponseEntity<JsonNode> own = call(HttpMethod.GET, "/api/prescriptions", patient.token(), null);
		assertThat(own.getStatusCode().value()).isEqualTo(200);
		assertThat(own.getBody().valueStream().map((p) -> p.get("id").asString())).containsExactly(id);
		assertThat(call(HttpMethod.POST, "/api/prescriptions", patient.token(), prescription(patient.id(), 1, 0))
			.getStatusCode()
			.value()).as("a patient writes none").isEqualTo(403);

		ResponseEntity<JsonNode> seenByPharmacist = call(HttpMethod.GET, "/api/prescriptions/" + id,
				tokenOf("pharmacist"), null);
		assertThat(seenByPharmacist.getStatusCode().value()).isEqualTo(200);
		assertThat(seenByPharmacist.getBody().get("patient").get("name").asString()).isEqualTo("Zoë Łukasiewicz");
		assertThat(seenByPharmacist.getBody().get("patient").get("birthDate").asString()).isEqualTo("1985-12-10");

		ResponseEntity<JsonNode> part = fill(id, 5, 0);
		assertThat(part.getStatusCode().value()).as("%s", part.getBody()).isEqualTo(200);
		assertThat(part.getBody().get("dispensedThisFill").asInt()).isEqualTo(5);
		assertThat(fill(id, 15, 0).getStatusCode().value()).as("stale version").isEqualTo(409);
		assertThat(fill(id, 16, 1).getStatusCode().value()).as("more than is left").isEqualTo(422);
		ResponseEntity<JsonNode> done = fill(id, 15, 1);
		assertThat(done.getBody().get("fillsRemaining").asInt()).isEqualTo(1);
		ResponseEntity<JsonNode> refill = fill(id, 20, 2);
		assertThat(refill.getBody().get("status").asString()).isEqualTo("completed");
		assertThat(fill(id, 1, 3).getStatusCode().value()).as("completed").isEqualTo(409);
		assertThat(this.mongo.findById(id, Document.class, "prescriptions").toJson())
			.as("the instructions sealed at rest, also after the fills rewrote the prescription")
			.doesNotContain("food");
		assertThat(call(HttpMethod.GET, "/api/prescriptions/" + id, patient.token(), null).getBody()
			.get("instructions")
			.asString()).isEqualTo("Take with food");

		String brokers = TestInfrastructure.kafka().bootstrapServers();
		ConsumerRecord<String, String> created = KafkaRecords.awaitFirst(brokers, Topics.PRESCRIPTIONS,
				(record) -> id.equals(record.key()) && record.value().contains("prescription.created"),
				Duration.ofSeconds(30));
		ConsumerRecord<String, String> completed = KafkaRecords.awaitFirst(brokers, Topics.PRESCRIPTIONS,
				(record) -> id.equals(record.key()) && record.value().contains("\"refillsRemaining\":0"),
				Duration.ofSeconds(30));
		assertThat(List.of(created.value(), completed.value()))
			.allSatisfy((payload) -> assertThat(payload).contains(patient.id())
				.doesNotContain("Amoxicillin")
				.doesNotContain("food")
				.doesNotContain("Łukasiewicz"));
	}

	@Test
	void othersAreRefusedAndADoctorOutsideCareMayBreakTheGlassWhichIsAudited() {
		NewPatient patient = newPatient("Ada", "Other");
		putInCareOf(HOUSE, patient.id());
		String id = call(HttpMethod.POST, "/api/prescriptions", tokenOf("doctor"), prescription(patient.id(), 10, 0))
			.getBody()
			.get("id")
			.asString();
		NewPatient stranger = newPatient("Eve", "Stranger");

		assertThat(status(HttpMethod.GET, "/api/prescriptions/" + id, stranger.token())).isEqualTo(403);
		assertThat(status(HttpMethod.GET, "/api/prescriptions/" + id, tokenOf("nurse"))).isEqualTo(403);
		assertThat(status(HttpMethod.GET, "/api/prescriptions?patientId=" + patient.id(), tokenOf("pharmacist")))
			.as("pharmacists read by id, they do not browse")
			.isEqualTo(403);
		assertThat(status(HttpMethod.GET, "/api/prescriptions/" + id, tokenOf("doctor2"))).isEqualTo(403);
		assertThat(status(HttpMethod.POST, "/api/prescriptions/" + id + "/fill", tokenOf("doctor"))).isEqualTo(403);

		HttpHeaders emergency = new HttpHeaders();
		emergency.set("X-Break-Glass-Reason", "Unconscious in the emergency room");
		ResponseEntity<JsonNode> broken = call(HttpMethod.GET, "/api/prescriptions/" + id, tokenOf("doctor2"), null,
				emergency);
		assertThat(broken.getStatusCode().value()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.audit.find(new AuditQuery(patient.id(),
					Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofMinutes(1)), 100)))
				.anySatisfy((entry) -> assertThat(entry).extracting(AuditEntry::outcome, AuditEntry::resourceId)
					.containsExactly(AuditOutcome.EMERGENCY, id))
				.anySatisfy((entry) -> assertThat(entry.outcome()).isEqualTo(AuditOutcome.DENIED)));
	}

	@Test
	void aChangeNeedsTheCurrentVersionAndEnteredInErrorHidesItFromTheList() {
		NewPatient patient = newPatient("Max", "Muster");
		putInCareOf(HOUSE, patient.id());
		String id = call(HttpMethod.POST, "/api/prescriptions", tokenOf("doctor"), prescription(patient.id(), 10, 0))
			.getBody()
			.get("id")
			.asString();

		Map<String, Object> revised = new HashMap<>(prescription(patient.id(), 30, 2));
		revised.put("version", 0);
		ResponseEntity<JsonNode> changed = call(HttpMethod.PUT, "/api/prescriptions/" + id, tokenOf("doctor"), revised);
		assertThat(changed.getStatusCode().value()).as("%s", changed.getBody()).isEqualTo(200);
		assertThat(changed.getBody().get("version").asLong()).isEqualTo(1);
		assertThat(call(HttpMethod.PUT, "/api/prescriptions/" + id, tokenOf("doctor"), revised).getStatusCode().value())
			.as("stale")
			.isEqualTo(409);

		ResponseEntity<JsonNode> deleted = call(HttpMethod.DELETE, "/api/prescriptions/" + id, tokenOf("doctor"),
				Map.of("reason", "written for the wrong patient", "version", 1));
		assertThat(deleted.getStatusCode().value()).as("%s", deleted.getBody()).isEqualTo(200);
		assertThat(deleted.getBody().get("status").asString()).isEqualTo("entered-in-error");
		assertThat(
				call(HttpMethod.GET, "/api/prescriptions?patientId=" + patient.id(), tokenOf("doctor"), null).getBody()
					.valueStream())
			.isEmpty();
		assertThat(call(HttpMethod.GET, "/api/prescriptions/" + id, patient.token(), null).getBody()
			.get("enteredInError")
			.get("reason")
			.asString()).isEqualTo("written for the wrong patient");
	}

	@Test
	void absurdInputIsRefusedNamingTheField() {
		NewPatient patient = newPatient("Bad", "Input");
		putInCareOf(HOUSE, patient.id());
		Map<String, Object> tooMuch = new HashMap<>(prescription(patient.id(), 10, 0));
		tooMuch.put("refills", 99);
		tooMuch.put("instructions", "x".repeat(5000));
		tooMuch.put("validUntil", "2999-01-01");

		ResponseEntity<JsonNode> refused = call(HttpMethod.POST, "/api/prescriptions", tokenOf("doctor"), tooMuch);

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody().get("errors").valueStream().map((error) -> error.get("field").asString()))
			.contains("refills", "instructions");
		assertThat(status(HttpMethod.GET, "/api/prescriptions?patientId=" + patient.id() + "&size=5000",
				tokenOf("doctor")))
			.isEqualTo(400);
		assertThat(status(HttpMethod.GET, "/api/prescriptions", tokenOf("doctor"))).as("staff name the patient")
			.isEqualTo(400);
		Map<String, Object> farAway = new HashMap<>(prescription(patient.id(), 10, 0));
		farAway.put("validUntil", LocalDate.now(ZoneOffset.UTC).plusYears(5).toString());
		ResponseEntity<JsonNode> tooLong = call(HttpMethod.POST, "/api/prescriptions", tokenOf("doctor"), farAway);
		assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
		assertThat(tooLong.getBody().get("errors").get(0).get("field").asString()).isEqualTo("validUntil");
	}

	@Test
	void itsPaperCarriesAQrCodeThatVerifiesAndAPharmacistScanningItGetsThePrescription() {
		NewPatient patient = newPatient("Дмитрий", "王小明");
		putInCareOf(HOUSE, patient.id());
		String id = call(HttpMethod.POST, "/api/prescriptions", tokenOf("doctor"), prescription(patient.id(), 10, 0))
			.getBody()
			.get("id")
			.asString();

		ResponseEntity<byte[]> pdf = download("/api/prescriptions/" + id + "/pdf", patient.token());
		assertThat(pdf.getStatusCode().value()).isEqualTo(200);
		assertThat(pdf.getHeaders().getContentType()).hasToString("application/pdf");
		assertThat(pdf.getHeaders().getContentDisposition().isAttachment()).isTrue();
		assertThat(PdfPages.text(pdf.getBody())).contains("Дмитрий 王小明", "Amoxicillin 500 mg", "GMC-1234567");
		String printed = PdfPages.images(pdf.getBody()).stream().map(QrDecoder::decode).findFirst().orElseThrow();

		ResponseEntity<byte[]> qr = download("/api/qr/" + id, patient.token());
		assertThat(qr.getStatusCode().value()).isEqualTo(200);
		assertThat(qr.getHeaders().getContentType()).hasToString("image/png");
		String scanned = QrDecoder.decode(qr.getBody());
		assertThat(List.of(printed, scanned)).allSatisfy((link) -> assertThat(link).contains("/verify/")
			.doesNotContain(patient.id())
			.doesNotContain("Amoxicillin"));
		String verifyPath = scanned.substring(scanned.indexOf("/verify/"));
		String printedPath = printed.substring(printed.indexOf("/verify/"));
		assertThat(verify(printedPath, null).getBody().get("genuine").asBoolean()).isTrue();
		assertThat(download("/api/qr/" + id, tokenOf("nurse")).getStatusCode().value()).isEqualTo(403);
		assertThat(download("/api/qr/" + UUID.randomUUID(), tokenOf("doctor")).getStatusCode().value()).isEqualTo(404);

		JsonNode anonymous = verify(verifyPath, null).getBody();
		assertThat(anonymous.get("genuine").asBoolean()).isTrue();
		assertThat(anonymous.get("status").asString()).isEqualTo("active");
		assertThat(anonymous.has("document")).isFalse();
		assertThat(anonymous.toString()).doesNotContain("Amoxicillin").doesNotContain("Дмитрий");

		JsonNode scannedByPharmacist = verify(verifyPath, tokenOf("pharmacist")).getBody();
		assertThat(scannedByPharmacist.get("document").get("id").asString()).isEqualTo(id);
		assertThat(scannedByPharmacist.get("document").get("medication").get("name").asString())
			.isEqualTo("Amoxicillin 500 mg");
		assertThat(fill(id, 10, 0).getStatusCode().value()).isEqualTo(200);

		assertThat(verify(verifyPath, null).getBody().get("status").asString())
			.as("filled, the paper is still genuine and says so")
			.startsWith("filled on ");
		ResponseEntity<JsonNode> tampered = verify(verifyPath.substring(0, verifyPath.length() - 2) + "xx", null);
		assertThat(tampered.getStatusCode().value()).isEqualTo(400);
		assertThat(tampered.getBody().get("genuine").asBoolean()).isFalse();
	}

	/** As a pharmacy's app asks: JSON (a browser gets a page). */
	private ResponseEntity<JsonNode> verify(String path, String token) {
		HttpHeaders json = new HttpHeaders();
		json.setAccept(List.of(MediaType.APPLICATION_JSON));
		return call(HttpMethod.GET, path, token, null, json);
	}

	private ResponseEntity<byte[]> download(String path, String token) {
		return this.http.get()
			.uri(path)
			.headers((headers) -> headers.setBearerAuth(token))
			.retrieve()
			.toEntity(byte[].class);
	}

	private ResponseEntity<JsonNode> fill(String id, int quantity, long version) {
		return call(HttpMethod.POST, "/api/prescriptions/" + id + "/fill", tokenOf("pharmacist"),
				Map.of("quantity", quantity, "version", version));
	}

	private int status(HttpMethod method, String path, String token) {
		Object body = (method == HttpMethod.POST) ? Map.of("quantity", 1, "version", 0) : null;
		return call(method, path, token, body).getStatusCode().value();
	}

	private static Map<String, Object> prescription(String patientId, int quantity, int refills) {
		return Map.of("patientId", patientId, "medication",
				Map.of("name", "Amoxicillin 500 mg", "dosage", "1 capsule", "route", "oral", "frequency",
						"3 times a day", "duration", "7 days", "quantity", quantity),
				"instructions", "Take with food", "refills", refills, "prescriberLicence", "GMC-1234567");
	}

}
