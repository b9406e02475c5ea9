package org.careflow.appointment.it;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.careflow.appointment.waitlist.Waitlist;
import org.careflow.events.AppointmentCancelled;
import org.careflow.events.ScheduleSlotsOpened;
import org.careflow.events.Topics;
import org.careflow.testinfra.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * A slot freed by someone else's cancellation is offered to the patients waiting for it,
 * in the order they joined, as a hold only they can book; an offer not taken in time
 * passes on.
 */
class WaitlistIT extends AgainstFakeScheduling {

	@Autowired
	Waitlist waitlist;

	@BeforeEach
	void emptyWaitlist() {
		this.mongo.getCollection("waitlist").deleteMany(new Document());
	}

	@Test
	void aFreedSlotIsOfferedHeldAndBookedByTheWaitingPatientWhoThenLeavesTheWaitlist() throws Exception {
		String entry = join(Map.of("doctorId", HOUSE, "from", at("08:00").toString(), "to", at("18:00").toString()));

		publish(Topics.APPOINTMENTS, AppointmentCancelled.of("someone-elses", "another-patient", HOUSE, at("11:00"),
				at("11:30"), "Europe/Paris"));

		JsonNode offer = awaitOffer();
		assertThat(offer.get("start").asString()).isEqualTo(at("11:00").toString());
		assertThat(scheduling.holds()).singleElement().satisfies(hold -> {
			assertThat(hold.patientId()).isEqualTo(PATIENT_ID);
			assertThat(hold.expiresAt()).isBetween(Instant.now().plus(Duration.ofMinutes(14)),
					Instant.now().plus(Duration.ofMinutes(16)));
		});
		JsonNode offered = awaitEvent("waitlist.offered", entry);
		assertThat(offered.get("offerId").asString()).isEqualTo(offer.get("id").asString());
		assertThat(offered.has("reason")).isFalse();

		ApiClient.Response accepted = accept(offer.get("id").asString(), patient);

		assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(201);
		assertThat(accepted.body().get("start").asString()).isEqualTo(at("11:00").toString());
		assertThat(scheduling.claims()).last()
			.satisfies(claim -> assertThat(claim.holdId()).isEqualTo(scheduling.holds().get(0).holdId()));
		assertThat(ids(this.api.get("/api/waitlist", patient))).as("off the waitlist once booked").isEmpty();
	}

	@Test
	void aSlotOpenedByAScheduleChangeInsideTheWindowIsOfferedAndThoseOutsideItAreNot() throws Exception {
		String entry = join(Map.of("doctorId", HOUSE, "from", at("09:00").toString(), "to", at("12:00").toString()));

		// one doctor's events keep their order: the first is handled before the second
		publish(Topics.SCHEDULES, ScheduleSlotsOpened.of(HOUSE, List.of(opened("08:00"), opened("13:00"))));
		publish(Topics.SCHEDULES,
				ScheduleSlotsOpened.of(HOUSE, List.of(opened("08:30"), opened("10:00"), opened("10:30"))));

		JsonNode offer = awaitOffer();
		assertThat(offer.get("start").asString()).isEqualTo(at("10:00").toString());
		assertThat(awaitEvent("waitlist.offered", entry).get("start").asString()).isEqualTo(at("10:00").toString());
		assertThat(scheduling.holds()).as("no slot outside the window held, one offer open at a time")
			.singleElement()
			.satisfies(hold -> {
				assertThat(hold.start()).isEqualTo(at("10:00"));
				assertThat(hold.patientId()).isEqualTo(PATIENT_ID);
			});
	}

	@Test
	void openedSlotsGoToThoseWaitingInTheOrderTheyJoinedOnePerEntry() {
		insertEntryOfSomeoneWhoJoinedEarlier();
		join(Map.of("doctorId", HOUSE, "from", at("08:00").toString(), "to", at("18:00").toString()));

		int offered = this.waitlist.offerOpenedSlots(HOUSE, List.of(at("16:00"), at("15:00"), at("17:00")),
				Instant.now());

		assertThat(offered).isEqualTo(2);
		assertThat(scheduling.holds()).extracting(FakeScheduling.Hold::patientId, FakeScheduling.Hold::start)
			.containsExactly(tuple("another-patient", at("15:00")), tuple(PATIENT_ID, at("16:00")));
		assertThat(this.waitlist.offerOpenedSlots("a-doctor-nobody-waits-for", List.of(at("15:00")), Instant.now()))
			.isZero();
	}

	/**
	 * Another patient's entry for the whole day, an hour older (stored as the service
	 * stores entries).
	 */
	private void insertEntryOfSomeoneWhoJoinedEarlier() {
		this.mongo.getCollection("waitlist")
			.insertOne(new Document("_id", "earlier").append("patientId", "another-patient")
				.append("doctorId", HOUSE)
				.append("from", Date.from(at("08:00")))
				.append("to", Date.from(at("18:00")))
				.append("joinedAt", Date.from(Instant.now().minusSeconds(3600)))
				.append("passed", List.of())
				.append("version", 0L));
	}

	private ScheduleSlotsOpened.OpenedSlot opened(String time) {
		return new ScheduleSlotsOpened.OpenedSlot(at(time), at(time).plus(Duration.ofMinutes(30)));
	}

	@Test
	void theLongestWaitingGetsTheOfferAndAnOfferNotTakenInTimeMovesOnForGood() throws Exception {
		String later = join(Map.of("doctorId", HOUSE, "from", at("08:00").toString(), "to", at("18:00").toString()));
		insertEntryOfSomeoneWhoJoinedEarlier();

		assertThat(this.waitlist.offerFreedSlot(HOUSE, at("12:00"), Instant.now())).isTrue();
		assertThat(scheduling.holds()).extracting(FakeScheduling.Hold::patientId).containsExactly("another-patient");
		assertThat(this.api.get("/api/waitlist", patient).body().get(0).has("offer")).isFalse();

		// nobody answered in time
		this.mongo.getCollection("waitlist")
			.updateOne(new Document("_id", "earlier"),
					new Document("$set", new Document("offer.expiresAt", Date.from(Instant.now().minusSeconds(1)))));
		assertThat(this.waitlist.passOnExpiredOffers()).isEqualTo(1);

		assertThat(scheduling.holds()).extracting(FakeScheduling.Hold::patientId)
			.containsExactly("another-patient", PATIENT_ID);
		JsonNode mine = this.api.get("/api/waitlist", patient).body().get(0);
		assertThat(mine.get("id").asString()).isEqualTo(later);
		assertThat(mine.get("offer").get("start").asString()).isEqualTo(at("12:00").toString());
		Document earlier = this.mongo.getCollection("waitlist").find(new Document("_id", "earlier")).first();
		assertThat(earlier.containsKey("offer")).isFalse();
		assertThat(earlier.getList("passed", String.class)).containsExactly(HOUSE + "|" + at("12:00"));
	}

	@Test
	void aDeclinedOfferIsLetGoAndOnlyItsPatientCanTakeIt() throws Exception {
		join(Map.of("doctorId", HOUSE, "from", at("08:00").toString(), "to", at("18:00").toString()));
		assertThat(this.waitlist.offerFreedSlot(HOUSE, at("13:00"), Instant.now())).isTrue();
		String offerId = awaitOffer().get("id").asString();

		assertThat(accept(offerId, doctor).status()).as("patients only").isEqualTo(403);
		assertThat(
				this.api.call(HttpMethod.POST, "/api/waitlist/offers/" + offerId + "/decline", patient, null).status())
			.isEqualTo(204);

		assertThat(scheduling.releasedHolds()).containsExactly(scheduling.holds().get(0).holdId());
		assertThat(accept(offerId, patient).status()).as("declined").isEqualTo(404);
		assertThat(this.waitlist.offerFreedSlot(HOUSE, at("13:00"), Instant.now()))
			.as("never offered the same slot twice")
			.isFalse();
	}

	@Test
	void aSlotThatIsGoneIsOfferedToNobody() {
		join(Map.of("doctorId", HOUSE, "from", at("08:00").toString(), "to", at("18:00").toString()));
		scheduling.answer(at("14:00"), 409, "{\"status\":409}");

		assertThat(this.waitlist.offerFreedSlot(HOUSE, at("14:00"), Instant.now())).isFalse();
		assertThat(this.waitlist.offerFreedSlot(HOUSE, Instant.now().minusSeconds(60), Instant.now())).as("begun")
			.isFalse();
		assertThat(this.api.get("/api/waitlist", patient).body().get(0).has("offer")).isFalse();
	}

	@Test
	void joiningIsBoundedAndNamesTheFieldAtFault() {
		String from = at("08:00").toString();
		assertThat(field(this.api.call(HttpMethod.POST, "/api/waitlist", patient,
				Map.of("doctorId", HOUSE, "specialty", "Cardiology", "from", from, "to", at("18:00").toString()))))
			.isEqualTo("doctorId");
		assertThat(field(this.api.call(HttpMethod.POST, "/api/waitlist", patient,
				Map.of("doctorId", HOUSE, "from", from, "to", at("08:00").plus(Duration.ofDays(40)).toString()))))
			.isEqualTo("to");
		assertThat(field(this.api.call(HttpMethod.POST, "/api/waitlist", patient,
				Map.of("specialty", "<script>", "from", from, "to", at("18:00").toString()))))
			.isEqualTo("specialty");
		assertThat(this.api
			.call(HttpMethod.POST, "/api/waitlist", doctor,
					Map.of("doctorId", HOUSE, "from", from, "to", at("18:00").toString()))
			.status()).isEqualTo(403);
		for (int i = 0; i < 5; i++) {
			join(Map.of("specialty", "Cardiology", "from", from, "to", at("18:00").toString()));
		}
		assertThat(this.api
			.call(HttpMethod.POST, "/api/waitlist", patient,
					Map.of("specialty", "Cardiology", "from", from, "to", at("18:00").toString()))
			.status()).as("five places at most").isEqualTo(409);
		String one = ids(this.api.get("/api/waitlist", patient)).get(0);
		assertThat(this.api.call(HttpMethod.DELETE, "/api/waitlist/" + one, otherDoctor, null).status()).isEqualTo(403);
		assertThat(this.api.call(HttpMethod.DELETE, "/api/waitlist/" + one, patient, null).status()).isEqualTo(204);
		assertThat(this.api.call(HttpMethod.DELETE, "/api/waitlist/" + one, patient, null).status()).isEqualTo(404);
	}

	private String join(Map<String, Object> body) {
		ApiClient.Response joined = this.api.call(HttpMethod.POST, "/api/waitlist", patient, body);
		assertThat(joined.status()).as(String.valueOf(joined.body())).isEqualTo(201);
		return joined.body().get("id").asString();
	}

	private JsonNode awaitOffer() {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.api.get("/api/waitlist", patient).body().get(0).has("offer"));
		return this.api.get("/api/waitlist", patient).body().get(0).get("offer");
	}

	private ApiClient.Response accept(String offerId, String token) {
		return this.api.call(HttpMethod.POST, "/api/waitlist/offers/" + offerId + "/accept", token, null);
	}

	private static String field(ApiClient.Response response) {
		assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(400);
		return response.body().get("errors").get(0).get("field").asString();
	}

}
