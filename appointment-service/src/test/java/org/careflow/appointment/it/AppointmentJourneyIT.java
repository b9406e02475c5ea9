package org.careflow.appointment.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.careflow.testinfra.ApiClient;
import org.careflow.testinfra.OpenApiCoverage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Whole appointment journeys: book, read, list, record the visit, cancel, publish. */
class AppointmentJourneyIT extends AgainstFakeScheduling {

	@Test
	void aPatientBooksAFreeSlotWithTheServicesTokenAndTheBookingIsPublished() {
		ApiClient.Response booked = book(at("09:00"));

		assertThat(booked.status()).isEqualTo(201);
		JsonNode body = booked.body();
		String id = body.get("id").asString();
		assertThat(booked.location()).isEqualTo("/api/appointments/" + id);
		assertThat(body.get("patientId").asString()).isEqualTo(PATIENT_ID);
		assertThat(body.get("status").asString()).isEqualTo("booked");
		assertThat(body.get("end").asString()).isEqualTo(at("09:30").toString());
		assertThat(body.get("timeZone").asString()).isEqualTo("Europe/Paris");
		assertThat(scheduling.claims()).singleElement().satisfies(claim -> {
			assertThat(claim.azp()).as("the service's own token, not the patient's").isEqualTo("appointment-service");
			assertThat(claim.patientId()).isEqualTo(PATIENT_ID);
			assertThat(claim.appointmentId()).isEqualTo(id);
		});

		assertThat(this.api.get("/api/appointments/" + id, patient).status()).isEqualTo(200);
		assertThat(ids(this.api.get("/api/appointments", patient))).contains(id);
		assertThat(ids(this.api.get("/api/appointments", doctor))).contains(id);

		JsonNode event = awaitEvent("appointment.booked", id);
		assertThat(event.get("start").asString()).isEqualTo(at("09:00").toString());
		assertThat(event.get("patientId").asString()).isEqualTo(PATIENT_ID);
		assertThat(event.has("reason")).as("no free text in events").isFalse();
	}

	@Test
	void anActiveAppointmentHoldsItsSlotEvenIfSchedulingLetItGo() {
		String first = bookedId(at("10:00"));
		// someone else's appointment (the patient's own would be refused as overlapping)
		this.mongo.getCollection("appointments")
			.updateOne(new Document("_id", first), new Document("$set", new Document("patientId", "another-patient")));
		this.mongo.getCollection("patient_upcoming").deleteMany(new Document());

		// the fake scheduling service claims anything; the unique slot index still
		// refuses
		ApiClient.Response second = book(at("10:00"));

		assertThat(second.status()).isEqualTo(409);
		assertThat(second.body().get("title").asString()).isEqualTo("Slot already taken");
	}

	@Test
	void schedulingsAnswersAboutTheRequestReachThePatientAsTheyAre() {
		scheduling.answer(at("13:00"), 409, "{\"title\":\"Slot already taken\",\"status\":409,\"detail\":\"taken\"}");
		scheduling.answer(at("09:15"), 422,
				"{\"title\":\"Slot not bookable\",\"status\":422,\"detail\":\"No slot of this doctor starts then.\"}");
		scheduling.answer(at("09:45"), 400, """
				{"title":"Invalid request","status":400,"errors":[{"field":"doctorId","message":"has no schedule"}]}
				""");

		ApiClient.Response taken = book(at("13:00"));
		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.body().get("title").asString()).isEqualTo("Slot already taken");

		ApiClient.Response offGrid = book(at("09:15"));
		assertThat(offGrid.status()).isEqualTo(422);
		assertThat(offGrid.body().get("detail").asString()).isEqualTo("No slot of this doctor starts then.");

		ApiClient.Response invalid = book(at("09:45"));
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.body().get("errors").get(0).get("field").asString()).isEqualTo("doctorId");
		assertThat(invalid.body().get("errors").get(0).get("message").asString()).isEqualTo("has no schedule");

		assertThat(this.mongo.getCollection("appointments").countDocuments()).isZero();
	}

	@Test
	void othersDoNotLearnTheAppointmentExists() {
		String id = bookedId(at("11:00"));

		assertThat(this.api.get("/api/appointments/" + id, otherDoctor).status()).isEqualTo(404);
		assertThat(this.api.get("/api/appointments/" + id, nurse).status()).isEqualTo(404);
		assertThat(ids(this.api.get("/api/appointments", otherDoctor))).doesNotContain(id);
		assertThat(this.api.get("/api/appointments", nurse).status()).isEqualTo(403);
		assertThat(cancel(id, otherDoctor).status()).isEqualTo(404);
		assertThat(cancel(id, nurse).status()).isEqualTo(403);
		assertThat(visit(id, otherDoctor, Map.of("pulse", 70)).status()).isEqualTo(404);
		assertThat(visit(id, nurse, Map.of("pulse", 70)).status()).as("not due today").isEqualTo(404);
	}

	@Test
	void theDoctorRecordsTheVisitAndTheEventCarriesNoHealthData() {
		String id = bookedId(at("14:00"));

		assertThat(visit(id, patient, Map.of("pulse", 70)).status()).isEqualTo(403);
		assertThat(visit(id, doctor, Map.of("pulse", 70)).status()).as("not checked in, not started").isEqualTo(422);
		assertThat(checkIn(id, doctor).status()).isEqualTo(200);
		ApiClient.Response recorded = visit(id, doctor,
				Map.of("systolic", 128, "diastolic", 82, "oxygenSaturation", 97, "notes", "Mild bronchitis"));

		assertThat(recorded.status()).isEqualTo(200);
		JsonNode visit = recorded.body().get("visit");
		assertThat(visit.get("systolic").asInt()).isEqualTo(128);
		assertThat(visit.get("notes").asString()).isEqualTo("Mild bronchitis");
		assertThat(recorded.body().get("reason").asString()).isEqualTo("Persistent cough");

		JsonNode event = awaitEvent("visit.updated", id);
		assertThat(event.has("notes")).isFalse();
		assertThat(event.has("systolic")).isFalse();
		assertThat(cancel(id, patient).status()).as("a checked-in appointment cannot be cancelled").isEqualTo(409);
		assertThat(awaitEvent("appointment.checked-in", id).get("patientId").asString()).isEqualTo(PATIENT_ID);
	}

	@Test
	void aCancelledAppointmentFreesItsSlotAndAcceptsNoMoreChanges() {
		String id = bookedId(at("15:00"));

		ApiClient.Response cancelled = cancel(id, patient);

		assertThat(cancelled.status()).isEqualTo(200);
		assertThat(cancelled.body().get("status").asString()).isEqualTo("cancelled");
		assertThat(cancelled.body().get("cancellationReason").asString()).isEqualTo("Feeling better");
		List<String> history = new ArrayList<>();
		cancelled.body().get("history").forEach(step -> history.add(step.get("status").asString()));
		assertThat(history).containsExactly("booked", "cancelled");
		assertThat(cancel(id, patient).status()).isEqualTo(409);
		assertThat(visit(id, doctor, Map.of("pulse", 70)).status()).isEqualTo(422);
		assertThat(awaitEvent("appointment.cancelled", id).has("reason")).as("no free text in events").isFalse();

		assertThat(book(at("15:00")).status()).isEqualTo(201);
	}

	@Test
	void aLongListComesInPagesLinkedToTheNext() {
		List<String> booked = List.of(bookedId(at("08:00")), bookedId(at("08:30")), bookedId(at("09:00")));

		assertThat(ids(this.api.get("/api/appointments?page=0&size=2", patient))).containsExactly(booked.get(0),
				booked.get(1));
		assertThat(ids(this.api.get("/api/appointments?page=1&size=2", patient))).containsExactly(booked.get(2));
		assertThat(this.api.get("/api/appointments?size=101", patient).status()).isEqualTo(400);
	}

	@Test
	void theRelayEmptiesTheOutboxOnceEventsArePublished() {
		String id = bookedId(at("16:00"));
		awaitEvent("appointment.booked", id);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(pendingEvents(id)).isZero());
	}

	int pendingEvents(String id) {
		org.bson.Document stored = this.mongo.getCollection("appointments")
			.find(new org.bson.Document("_id", id))
			.first();
		assertThat(stored).isNotNull();
		return stored.getList("pendingEvents", Object.class, List.of()).size();
	}

	/**
	 * An integrator's view: the document is public (no token) and leaves out no endpoint
	 * the service answers.
	 */
	@Test
	void theOpenApiDocumentIsPublicAndDescribesEveryEndpoint(
			@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		ApiClient.Response document = this.api.get("/v3/api-docs", null);

		assertThat(document.status()).isEqualTo(200);
		assertThat(document.body().path("components").path("securitySchemes").has("keycloak")).isTrue();
		OpenApiCoverage.assertDocumentsEveryEndpoint(mappings, document.body());
		JsonNode book = document.body().path("paths").path("/api/appointments").path("post");
		assertThat(book.path("summary").asString()).isEqualTo("Book a slot");
		assertThat(book.path("security").get(0).has("keycloak")).as("a token is needed").isTrue();
		assertThat(book.path("responses").path("409").path("content").has("application/problem+json")).isTrue();
		assertThat(document.body().path("paths").path("/links/{token}").path("get").path("security").isEmpty())
			.as("emails' links are public")
			.isTrue();
		assertThat(document.body().path("paths").propertyNames()).noneMatch((path) -> path.startsWith("/internal/"));
	}

}
