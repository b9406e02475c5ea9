package org.careflow.patient.export;

import java.util.Map;

import org.bson.Document;
import org.careflow.patient.chart.ChartItSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A patient downloads everything CareFlow holds about them. Here the other services are
 * down: the export still comes, marked incomplete and naming them.
 */
class ExportIT extends ChartItSupport {

	@Autowired
	private MongoTemplate mongo;

	@Test
	void aPatientExportsTheirProfileAndChartAndIsToldWhichServicesCouldNotBeAsked() {
		NewPatient patient = newPatient("Ex", "Port");
		putInCareOf(HOUSE, patient.id());
		ResponseEntity<JsonNode> written = call(HttpMethod.POST, "/api/records", tokenOf("doctor"),
				Map.of("patientId", patient.id(), "kind", "diagnosis", "text", "Hay fever"));
		assertThat(written.getStatusCode().value()).as("%s", written.getBody()).isEqualTo(201);
		NewPatient someoneElse = newPatient("Other", "Person");

		ResponseEntity<JsonNode> exported = call(HttpMethod.GET, "/api/patients/me/export", patient.token(), null);

		assertThat(exported.getStatusCode().value()).as("%s", exported.getBody()).isEqualTo(200);
		assertThat(exported.getHeaders().getCacheControl()).contains("no-store");
		assertThat(exported.getHeaders().getContentDisposition().getFilename()).startsWith("careflow-export-");
		JsonNode export = exported.getBody();
		assertThat(export.get("patientId").asString()).isEqualTo(patient.id());
		assertThat(export.get("profile").get("lastName").asString()).isEqualTo("Port");
		assertThat(export.get("chart").get("records").valueStream()).singleElement()
			.satisfies((record) -> assertThat(record.get("text").asString()).isEqualTo("Hay fever"));
		assertThat(export.get("chart").get("records").get(0).has("pendingEvents")).isFalse();
		assertThat(export.get("chart").get("records").get(0).has("sealedWith")).isFalse();
		assertThat(export.get("complete").asBoolean()).isFalse();
		assertThat(export.get("unavailable").valueStream().map(JsonNode::asString))
			.containsExactly("appointment-service", "notification-service");
		assertThat(export.toString()).doesNotContain(someoneElse.id());

		assertThat(call(HttpMethod.GET, "/api/patients/me/export", tokenOf("doctor"), null).getStatusCode().value())
			.as("a patient's own only")
			.isEqualTo(403);
		assertThat(call(HttpMethod.GET, "/api/patients/me/export", null, null).getStatusCode().value()).isEqualTo(401);
	}

	@Test
	void aChartEntryThatFailsItsIntegrityCheckIsListedAsUnreadableAndTheRestIsExported() {
		NewPatient patient = newPatient("Ex", "Tampered");
		putInCareOf(HOUSE, patient.id());
		String kept = call(HttpMethod.POST, "/api/records", tokenOf("doctor"),
				Map.of("patientId", patient.id(), "kind", "note", "text", "Walks daily"))
			.getBody()
			.get("id")
			.asString();
		String tampered = call(HttpMethod.POST, "/api/records", tokenOf("doctor"),
				Map.of("patientId", patient.id(), "kind", "note", "text", "Sleeps badly"))
			.getBody()
			.get("id")
			.asString();
		String sealed = this.mongo.findById(tampered, Document.class, "records").getString("text");
		this.mongo.updateFirst(new Query(Criteria.where("_id").is(tampered)),
				new Update().set("text", sealed.substring(0, sealed.length() - 4) + "AAAA"), "records");

		JsonNode export = call(HttpMethod.GET, "/api/patients/me/export", patient.token(), null).getBody();

		assertThat(export.get("chart")
			.get("records")
			.valueStream()
			.filter((entry) -> entry.has("text"))
			.map((entry) -> entry.get("id").asString())).containsExactly(kept);
		assertThat(export.get("chart")
			.get("records")
			.valueStream()
			.filter((entry) -> entry.has("unreadable"))
			.map((entry) -> entry.get("id").asString())).containsExactly(tampered);
		assertThat(export.toString()).doesNotContain(sealed.substring(12));
	}

}
