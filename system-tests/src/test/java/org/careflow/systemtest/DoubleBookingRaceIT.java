package org.careflow.systemtest;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Twenty patients press a button on the same slot at the same moment: "book" (a free
 * slot, or one someone holds), "reschedule" from the appointment each already holds, or
 * "accept" on one waitlist offer. Each race has its own doctor, at hours of the day no
 * other race uses (a patient cannot hold two overlapping appointments); the twenty
 * patients are registered once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DoubleBookingRaceIT {

	private static final int PATIENTS = 20;

	private SystemStack stack;

	private Clinic clinic;

	private List<Person> patients;

	@BeforeAll
	void twentyPatients() throws Exception {
		this.stack = SystemStack.get();
		this.clinic = this.stack.clinic();
		this.patients = registerInParallel(this.clinic);
	}

	@Test
	void exactlyOnePatientGetsTheSlotAndOnlyOneConfirmationIsSent() throws Exception {
		Person doctor = this.clinic.doctorWithOpenHours("Dermatology");
		String slot = this.clinic.slotTomorrow(doctor.id(), this.patients.get(0).token());

		List<Api.Reply> replies = allAtOnce(patient -> () -> this.stack.api()
			.post("/api/appointments", patient.token(), Clinic.booking(doctor.id(), slot)));

		assertThat(replies).extracting(Api.Reply::status).filteredOn(status -> status == 201).hasSize(1);
		assertThat(replies).extracting(Api.Reply::status).filteredOn(status -> status == 409).hasSize(PATIENTS - 1);
		Api.Reply doctorsDay = this.stack.api().get("/api/appointments", doctor.token());
		assertThat(doctorsDay.body().valueStream().filter(a -> a.get("start").asString().equals(slot)))
			.as("appointments stored for the slot")
			.hasSize(1);
		List<String> emails = this.patients.stream().map(Person::email).toList();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.stack.countSubject(emails, "Your appointment is booked") >= 1);
		// a second confirmation, if there were one, would arrive within these seconds
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(5))
			.until(() -> this.stack.countSubject(emails, "Your appointment is booked") == 1);
	}

	@Test
	void twentyPatientsMovingOntoOneFreeSlotLeaveOneThereAndEveryoneElseWhereTheyWere() throws Exception {
		// evening hours: no slot coincides with the other race's (08:00-18:00), which one
		// of these patients may have won
		Person doctor = this.clinic.doctorWithHours("Rheumatology", Clinic.everyDay("UTC", "18:00", "23:59"));
		List<String> free = this.clinic.freeSlotStarts(doctor.id(), this.patients.get(0).token());
		String target = free.get(free.size() - 1);
		List<String> originals = new ArrayList<>();
		for (int i = 0; i < PATIENTS; i++) {
			Api.Reply booked = this.stack.api()
				.post("/api/appointments", this.patients.get(i).token(), Clinic.booking(doctor.id(), free.get(i)));
			assertThat(booked.status()).as("booking %d: %s", i, booked).isEqualTo(201);
			originals.add(booked.text("id"));
		}

		List<Api.Reply> replies = allAtOnce(patient -> {
			String original = originals.get(this.patients.indexOf(patient));
			return () -> this.stack.api()
				.post("/api/appointments/" + original + "/reschedule", patient.token(), Map.of("start", target));
		});

		assertThat(replies).extracting(Api.Reply::status).filteredOn(status -> status == 201).hasSize(1);
		assertThat(replies).extracting(Api.Reply::status).filteredOn(status -> status == 409).hasSize(PATIENTS - 1);
		int winner = replies.stream().map(Api.Reply::status).toList().indexOf(201);
		for (int i = 0; i < PATIENTS; i++) {
			Api.Reply original = this.stack.api()
				.get("/api/appointments/" + originals.get(i), this.patients.get(i).token());
			assertThat(original.text("status")).as("patient %d's original", i)
				.isEqualTo((i == winner) ? "cancelled" : "booked");
		}
		List<String> stillFree = this.clinic.freeSlotStarts(doctor.id(), this.patients.get(0).token());
		assertThat(stillFree).as("the winner's old slot is free again, the target taken")
			.contains(free.get(winner))
			.doesNotContain(target);
		String winnersEmail = this.patients.get(winner).email();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.stack.countSubject(List.of(winnersEmail), "Your appointment was moved") == 1);
		assertThat(this.stack.countSubject(this.patients.stream().map(Person::email).toList(),
				"Your appointment was moved"))
			.isEqualTo(1);
	}

	@Test
	void aHeldSlotCannotBeBookedByTwentyOthersAndItsHolderStillBooksIt() throws Exception {
		Person doctor = this.clinic.doctorWithHours("Hold Medicine", Clinic.everyDay("UTC", "06:00", "08:00"));
		Person holder = this.clinic.registerPatient();
		String slot = this.clinic.freeSlotStarts(doctor.id(), holder.token()).get(0);
		Api.Reply hold = this.stack.api()
			.post("/api/slots/holds", holder.token(), Map.of("doctorId", doctor.id(), "start", slot));
		assertThat(hold.status()).as("%s", hold).isEqualTo(201);

		List<Api.Reply> replies = allAtOnce(patient -> () -> this.stack.api()
			.post("/api/appointments", patient.token(), Clinic.booking(doctor.id(), slot)));

		assertThat(replies).extracting(Api.Reply::status).containsOnly(409);
		Map<String, Object> withHold = new HashMap<>(Clinic.booking(doctor.id(), slot));
		withHold.put("holdId", hold.text("holdId"));
		Api.Reply booked = this.stack.api().post("/api/appointments", holder.token(), withHold);
		assertThat(booked.status()).as("%s", booked).isEqualTo(201);
	}

	@Test
	void twentyWaitlistedPatientsPressingAcceptOnOneOfferMakeOneAppointment() throws Exception {
		Person doctor = this.clinic.doctorWithHours("Waitlist Medicine", Clinic.everyDay("UTC", "04:00", "06:00"));
		Person first = this.clinic.registerPatient();
		String slot = this.clinic.freeSlotStarts(doctor.id(), first.token()).get(0);
		Api.Reply booked = this.stack.api().post("/api/appointments", first.token(), Clinic.booking(doctor.id(), slot));
		assertThat(booked.status()).as("%s", booked).isEqualTo(201);
		Instant start = Instant.parse(slot);
		for (Person patient : this.patients) {
			Api.Reply joined = this.stack.api()
				.post("/api/waitlist", patient.token(), Map.of("doctorId", doctor.id(), "from",
						start.minus(1, ChronoUnit.HOURS).toString(), "to", start.plus(1, ChronoUnit.HOURS).toString()));
			assertThat(joined.status()).as("%s", joined).isEqualTo(201);
		}
		assertThat(this.stack.api()
			.post("/api/appointments/" + booked.text("id") + "/cancel", first.token(), Map.of())
			.status()).isEqualTo(200);
		Person offered = this.patients.get(0);
		await().atMost(Duration.ofSeconds(30)).until(() -> mine(offered).path("offer").has("id"));
		String offerId = mine(offered).path("offer").path("id").asString();

		List<Api.Reply> replies = allAtOnce(patient -> () -> this.stack.api()
			.post("/api/waitlist/offers/" + offerId + "/accept", patient.token(), null));

		assertThat(replies.get(0).status()).as("the first to join, who got the offer: %s", replies.get(0))
			.isEqualTo(201);
		assertThat(replies.subList(1, PATIENTS)).extracting(Api.Reply::status).containsOnly(404);
		Api.Reply day = this.stack.api()
			.get("/api/appointments?doctorId=" + doctor.id() + "&date=" + start.atZone(ZoneOffset.UTC).toLocalDate(),
					this.clinic.adminToken());
		assertThat(day.body().valueStream().filter(a -> a.get("status").asString().equals("booked")))
			.as("booked appointments in the slot")
			.hasSize(1);
		for (Person patient : this.patients.subList(1, PATIENTS)) {
			this.stack.api()
				.call("DELETE", "/api/waitlist/" + mine(patient).path("id").asString(), patient.token(), null);
		}
	}

	private JsonNode mine(Person patient) {
		return this.stack.api().get("/api/waitlist", patient.token()).body().path(0);
	}

	private static List<Person> registerInParallel(Clinic clinic) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Person>> futures = IntStream.range(0, PATIENTS)
				.mapToObj(i -> pool.submit(clinic::registerPatient))
				.toList();
			List<Person> patients = new ArrayList<>();
			for (Future<Person> future : futures) {
				patients.add(future.get());
			}
			return patients;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Each patient's call, all released at once; the replies in the patients' order. */
	private List<Api.Reply> allAtOnce(Function<Person, Callable<Api.Reply>> callOf) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(PATIENTS);
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<Future<Api.Reply>> futures = this.patients.stream().map(patient -> {
				Callable<Api.Reply> call = callOf.apply(patient);
				return pool.submit(() -> {
					go.await();
					return call.call();
				});
			}).toList();
			go.countDown();
			List<Api.Reply> replies = new ArrayList<>();
			for (Future<Api.Reply> future : futures) {
				replies.add(future.get());
			}
			return replies;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
