package org.careflow.patient.deactivation;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.careflow.events.Topics;
import org.careflow.patient.chart.ChartItSupport;
import org.careflow.patient.domain.Patient;
import org.careflow.testinfra.KafkaRecords;
import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An admin deactivates a patient: the login stops working, the profile stays, and
 * {@code patient.deactivated} is published once; after the retention period the nightly
 * job clears the personal fields and deletes the login.
 */
class DeactivationIT extends ChartItSupport {

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Anonymisation anonymisation;

	@Test
	void anAdminDeactivatesAPatientWhoCanNoLongerSignInAndIsAnnouncedOnce() {
		String email = "leaving." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		String id = register(email);
		String patientsToken = TestInfrastructure.keycloak().accessToken(email, PASSWORD);

		assertThat(delete(id, null).getStatusCode().value()).isEqualTo(401);
		assertThat(delete(id, patientsToken).getStatusCode().value()).as("not even themself").isEqualTo(403);
		assertThat(delete(id, tokenOf("nurse")).getStatusCode().value()).isEqualTo(403);
		assertThat(delete(id, tokenOf("doctor")).getStatusCode().value()).isEqualTo(403);
		assertThat(delete(UUID.randomUUID().toString(), tokenOf("admin")).getStatusCode().value()).isEqualTo(404);

		assertThat(delete(id, tokenOf("admin")).getStatusCode().value()).isEqualTo(204);
		Date deactivatedAt = raw(id).getDate("deactivatedAt");
		assertThat(delete(id, tokenOf("admin")).getStatusCode().value()).as("again: nothing more").isEqualTo(204);
		assertThat(raw(id).getDate("deactivatedAt")).as("the first deactivation stands").isEqualTo(deactivatedAt);

		assertThatThrownBy(() -> TestInfrastructure.keycloak().accessToken(email, PASSWORD))
			.as("the login is disabled");
		Document stored = raw(id);
		assertThat(stored.getString("firstName")).as("the profile is kept").isNotNull();
		assertThat(stored.getDate("retainUntil").toInstant()).isAfter(Instant.now().plus(Duration.ofDays(3649)))
			.isBefore(Instant.now().plus(Duration.ofDays(3651)));
		ConsumerRecord<String, String> deactivated = KafkaRecords.awaitFirst(
				TestInfrastructure.kafka().bootstrapServers(), Topics.PATIENTS,
				(record) -> id.equals(record.key()) && record.value().contains("\"patient.deactivated\""),
				Duration.ofSeconds(30));
		assertThat(deactivated.value()).doesNotContain(email).doesNotContain("Leaving");
	}

	@Test
	void onceTheRetentionPeriodHasEndedTheProfileLosesItsPersonalFieldsAndTheLoginIsDeleted() {
		String email = "retained." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		String id = register(email);
		String kept = register("kept." + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
		assertThat(delete(id, tokenOf("admin")).getStatusCode().value()).isEqualTo(204);
		assertThat(delete(kept, tokenOf("admin")).getStatusCode().value()).isEqualTo(204);
		Instant retainedUntil = raw(id).getDate("retainUntil").toInstant();
		// the other patient's retention ends later
		this.mongo.getCollection(Patient.COLLECTION)
			.updateOne(new Document("_id", kept),
					new Document("$set", new Document("retainUntil", Date.from(retainedUntil.plusSeconds(60)))));

		assertThat(this.anonymisation.anonymiseDue(retainedUntil.minusSeconds(1))).as("not yet").isZero();
		assertThat(this.anonymisation.anonymiseDue(retainedUntil)).isEqualTo(1);
		assertThat(this.anonymisation.anonymiseDue(retainedUntil)).as("once").isZero();

		Document anonymised = raw(id);
		assertThat(anonymised).doesNotContainKeys("email", "firstName", "lastName", "birthDate", "phone",
				"firstNameKey", "lastNameKey", "emailTerm", "nameTerms", "birthDateTerm");
		assertThat(anonymised.getDate("anonymisedAt")).isNotNull();
		assertThat(anonymised.toJson()).doesNotContain("Retained").doesNotContain(email);
		assertThat(this.mongo.findById(kept, Patient.class).firstName()).as("read through the sealing")
			.isEqualTo("Retained");
		ResponseEntity<JsonNode> profile = call(HttpMethod.GET, "/api/patients/" + id, tokenOf("admin"), null);
		assertThat(profile.getStatusCode().value()).as("%s", profile.getBody()).isEqualTo(200);
		assertThat(profile.getBody().toString()).doesNotContain("Retained");
		ConsumerRecord<String, String> announced = KafkaRecords.awaitFirst(
				TestInfrastructure.kafka().bootstrapServers(), Topics.PATIENTS,
				(record) -> id.equals(record.key()) && record.value().contains("\"patient.anonymised\""),
				Duration.ofSeconds(30));
		assertThat(announced.value()).as("the copies elsewhere are told, with nothing to copy")
			.doesNotContain(email)
			.doesNotContain("Retained");
	}

	private String register(String email) {
		ResponseEntity<JsonNode> created = call(HttpMethod.POST, "/api/patients/register", null,
				Map.of("email", email, "password", PASSWORD, "firstName", "Retained", "lastName", "Leaving",
						"birthDate", "1971-03-02", "phone", "+44 20 7946 0001"));
		assertThat(created.getStatusCode().value()).as("registration: %s", created.getBody()).isEqualTo(201);
		return created.getBody().get("id").asString();
	}

	private ResponseEntity<JsonNode> delete(String id, String token) {
		return call(HttpMethod.DELETE, "/api/patients/" + id, token, null);
	}

	private Document raw(String id) {
		return this.mongo.getCollection(Patient.COLLECTION).find(new Document("_id", id)).first();
	}

}
