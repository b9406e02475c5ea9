package org.careflow.systemtest;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.careflow.testinfra.QrDecoder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The walking skeleton's journey, step by step, through the gateway: a patient registers,
 * an admin adds a doctor, the doctor publishes hours, the patient books, the front desk
 * checks the patient in, the doctor records the visit and completes it, the patient
 * cancels another booking with the link in its email — and the patient is told by email
 * at each step.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClinicJourneyIT {

	private static final String WEBHOOK_SECRET = "clinic-journey-integrator-secret-of-32-chars+";

	private Api api;

	private Clinic clinic;

	private Person patient;

	private Person doctor;

	private String slot;

	private String appointmentId;

	private String specialty;

	private Person missing;

	private String missedId;

	/** An integrator following the clinic's appointments through a signed webhook. */
	private WebhookReceiver integrator;

	@BeforeAll
	void startStack() {
		SystemStack stack = SystemStack.get();
		this.api = stack.api();
		this.clinic = stack.clinic();
	}

	@AfterAll
	void stopIntegrator() {
		if (this.integrator != null) {
			this.integrator.close();
		}
	}

	/** Before anything happens, an admin subscribes the integrator's endpoint. */
	@Test
	@Order(-1)
	void anAdminSubscribesAnIntegratorToTheAppointmentsEvents() {
		this.integrator = new WebhookReceiver(WEBHOOK_SECRET);
		Api.Reply subscribed = this.api.post("/api/webhooks", this.clinic.adminToken(),
				Map.of("url", this.integrator.url(), "events", List.of("appointment.booked", "appointment.checked-in",
						"appointment.fulfilled", "appointment.cancelled", "appointment.noshow"), "secret",
						WEBHOOK_SECRET));
		assertThat(subscribed.status()).as("%s", subscribed).isEqualTo(201);
		assertThat(subscribed.body().has("secret")).as("the secret is never shown again").isFalse();
	}

	/**
	 * Booked first so that it starts while the journey runs: nobody checks this patient
	 * in, and the last step finds the visit marked a no-show.
	 */
	@Test
	@Order(0)
	void anotherPatientBooksAVisitThatStartsInAMinuteOrTwo() {
		Person doctor = this.clinic.doctorStartingSoon("General Practice");
		this.missing = this.clinic.registerPatient();
		String start = this.clinic.freeSlotStarts(doctor.id(), this.missing.token(), 1).get(0);
		Api.Reply booked = this.api.post("/api/appointments", this.missing.token(), Clinic.booking(doctor.id(), start));
		assertThat(booked.status()).as("%s", booked).isEqualTo(201);
		this.missedId = booked.text("id");
		assertThat(this.api.post("/api/appointments/" + this.missedId + "/no-show", doctor.token(), null).status())
			.as("not before the start")
			.isEqualTo(422);
	}

	@Test
	@Order(1)
	void patientRegistersAndSeesTheirProfile() {
		String email = Clinic.uniqueEmail("jane");
		Api.Reply registered = this.api.post("/api/patients/register", null, Clinic.registration(email));
		assertThat(registered.status()).as("%s", registered).isEqualTo(201);
		assertThat(registered.text("email")).isEqualTo(email);
		assertThat(registered.text("firstName")).isEqualTo("Alex");

		this.patient = new Person(registered.text("id"), email, () -> this.clinic.tokenOf(email));
		this.clinic.verifyEmail(this.patient);
		Api.Reply me = this.api.get("/api/patients/me", this.patient.token());
		assertThat(me.status()).as("%s", me).isEqualTo(200);
		assertThat(me.text("id")).isEqualTo(this.patient.id());
		assertThat(me.text("email")).isEqualTo(email);
	}

	@Test
	@Order(2)
	void registrationRejectsADuplicateEmailAndNamesInvalidFields() {
		Api.Reply duplicate = this.api.post("/api/patients/register", null, Clinic.registration(this.patient.email()));
		assertThat(duplicate.status()).as("%s", duplicate).isEqualTo(409);
		assertThat(duplicate.contentType()).contains("application/problem+json");

		Api.Reply invalid = this.api.post("/api/patients/register", null,
				Map.of("email", "not-an-email", "firstName", "Alex"));
		assertThat(invalid.status()).as("%s", invalid).isEqualTo(400);
		assertThat(invalid.text("detail")).contains("email", "password", "lastName", "birthDate", "phone");
	}

	@Test
	@Order(3)
	void profileNeedsAToken() {
		assertThat(this.api.get("/api/patients/me", null).status()).isEqualTo(401);
		assertThat(this.api.get("/api/patients/me", "not-a-jwt").status()).isEqualTo(401);
	}

	@Test
	@Order(4)
	void adminAddsADoctorWhoPublishesHours() {
		Api.Reply byPatient = this.api.post("/api/doctors", this.patient.token(),
				Map.of("email", Clinic.uniqueEmail("x"), "password", Clinic.PASSWORD, "firstName", "X", "lastName", "Y",
						"specialty", "Z"));
		assertThat(byPatient.status()).as("%s", byPatient).isEqualTo(403);

		String specialty = "Cardiology " + Instant.now().toEpochMilli();
		this.specialty = specialty;
		this.doctor = this.clinic.doctorWithOpenHours(specialty);

		Api.Reply listed = this.api.get("/api/doctors?specialty=" + specialty.replace(" ", "%20"),
				this.patient.token());
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.body().valueStream().map(doctor -> doctor.get("id").asString()))
			.containsExactly(this.doctor.id());
		Api.Reply one = this.api.get("/api/doctors/" + this.doctor.id(), this.patient.token());
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.text("specialty")).isEqualTo(specialty);

		Api.Reply scheduleByPatient = this.api.put("/api/schedules/" + this.doctor.id(), this.patient.token(),
				Clinic.openEveryDay());
		assertThat(scheduleByPatient.status()).isEqualTo(403);
	}

	@Test
	@Order(5)
	void patientBooksAFreeSlotWhichIsThenNoLongerFree() {
		this.slot = this.clinic.slotTomorrow(this.doctor.id(), this.patient.token());

		Api.Reply booked = this.api.post("/api/appointments", this.patient.token(),
				Clinic.booking(this.doctor.id(), this.slot));

		assertThat(booked.status()).as("%s", booked).isEqualTo(201);
		assertThat(booked.text("status")).isEqualTo("booked");
		assertThat(booked.text("patientId")).isEqualTo(this.patient.id());
		assertThat(booked.text("doctorId")).isEqualTo(this.doctor.id());
		assertThat(Instant.parse(booked.text("start"))).isEqualTo(Instant.parse(this.slot));
		assertThat(Instant.parse(booked.text("end"))).isEqualTo(Instant.parse(this.slot).plus(30, ChronoUnit.MINUTES));
		this.appointmentId = booked.text("id");
		assertThat(this.clinic.freeSlotStarts(this.doctor.id(), this.patient.token())).doesNotContain(this.slot);
	}

	@Test
	@Order(6)
	void bookingRefusesTakenOffGridAndPastSlots() {
		Person other = this.clinic.registerPatient();
		Api.Reply taken = this.api.post("/api/appointments", other.token(),
				Clinic.booking(this.doctor.id(), this.slot));
		assertThat(taken.status()).as("%s", taken).isEqualTo(409);

		String offGrid = Instant.parse(this.slot).plus(7, ChronoUnit.MINUTES).toString();
		Api.Reply notASlot = this.api.post("/api/appointments", other.token(),
				Clinic.booking(this.doctor.id(), offGrid));
		assertThat(notASlot.status()).as("%s", notASlot).isEqualTo(422);

		String past = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).toString();
		Api.Reply inThePast = this.api.post("/api/appointments", other.token(), Clinic.booking(this.doctor.id(), past));
		assertThat(inThePast.status()).as("%s", inThePast).isEqualTo(422);

		Api.Reply missingFields = this.api.post("/api/appointments", other.token(), Map.of("reason", "?"));
		assertThat(missingFields.status()).isEqualTo(400);
		assertThat(this.api.post("/api/appointments", null, Clinic.booking(this.doctor.id(), this.slot)).status())
			.isEqualTo(401);
		assertThat(this.api.post("/api/appointments", this.doctor.token(), Clinic.booking(this.doctor.id(), this.slot))
			.status()).isEqualTo(403);
	}

	@Test
	@Order(7)
	void theAppointmentIsVisibleToItsPatientAndDoctorOnly() {
		assertThat(idsListedFor(this.patient)).contains(this.appointmentId);
		assertThat(idsListedFor(this.doctor)).contains(this.appointmentId);
		assertThat(this.api.get("/api/appointments/" + this.appointmentId, this.patient.token()).status())
			.isEqualTo(200);
		assertThat(this.api.get("/api/appointments/" + this.appointmentId, this.doctor.token()).status())
			.isEqualTo(200);

		Person stranger = this.clinic.registerPatient();
		assertThat(idsListedFor(stranger)).doesNotContain(this.appointmentId);
		assertThat(this.api.get("/api/appointments/" + this.appointmentId, stranger.token()).status()).isIn(403, 404);
		assertThat(this.api.get("/api/appointments/" + this.appointmentId, null).status()).isEqualTo(401);
	}

	@Test
	@Order(8)
	void theFrontDeskChecksThePatientInAndTheDoctorRecordsTheVisitWithVitalsInRange() {
		String checkIn = "/api/appointments/" + this.appointmentId + "/check-in";
		assertThat(this.api.post(checkIn, this.patient.token(), null).status()).isEqualTo(403);
		Api.Reply arrived = this.api.post(checkIn, this.clinic.adminToken(), null);
		assertThat(arrived.status()).as("%s", arrived).isEqualTo(200);
		assertThat(arrived.text("status")).isEqualTo("arrived");
		assertThat(arrived.body().has("reason")).as("the front desk is not told why the patient comes").isFalse();
		assertThat(this.api.post(checkIn, this.doctor.token(), null).status()).as("already arrived").isEqualTo(409);

		Map<String, Object> visit = Map.of("systolic", 120, "diastolic", 80, "pulse", 72, "oxygenSaturation", 98,
				"notes", "Viral bronchitis; rest and fluids.");
		Api.Reply byPatient = this.api.put("/api/appointments/" + this.appointmentId + "/visit", this.patient.token(),
				visit);
		assertThat(byPatient.status()).isIn(403, 404);

		Api.Reply outOfRange = this.api.put("/api/appointments/" + this.appointmentId + "/visit", this.doctor.token(),
				Map.of("systolic", 400, "diastolic", 80, "pulse", 72, "oxygenSaturation", 130));
		assertThat(outOfRange.status()).as("%s", outOfRange).isEqualTo(400);
		assertThat(outOfRange.text("detail")).contains("systolic", "oxygenSaturation");

		Api.Reply recorded = this.api.put("/api/appointments/" + this.appointmentId + "/visit", this.doctor.token(),
				visit);
		assertThat(recorded.status()).as("%s", recorded).isEqualTo(200);
		Api.Reply seen = this.api.get("/api/appointments/" + this.appointmentId, this.patient.token());
		assertThat(seen.body().path("visit").path("notes").asString()).isEqualTo("Viral bronchitis; rest and fluids.");
	}

	@Test
	@Order(9)
	void theDoctorCompletesTheAppointmentWhichCanThenNoLongerBeCancelled() {
		String complete = "/api/appointments/" + this.appointmentId + "/complete";
		assertThat(this.api.post(complete, this.patient.token(), null).status()).isEqualTo(403);
		Api.Reply fulfilled = this.api.post(complete, this.doctor.token(), null);
		assertThat(fulfilled.status()).as("%s", fulfilled).isEqualTo(200);
		assertThat(fulfilled.text("status")).isEqualTo("fulfilled");
		assertThat(fulfilled.body().path("history").valueStream().map(step -> step.path("status").asString()))
			.containsExactly("booked", "arrived", "fulfilled");

		Api.Reply cancelled = this.api.post("/api/appointments/" + this.appointmentId + "/cancel", this.patient.token(),
				Map.of("reason", "Too late"));
		assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(409);
	}

	@Test
	@Order(10)
	void patientCancelsAnotherBookingAndItsSlotIsFreeAgain() {
		// the patient's app follows their appointments live, through the gateway
		LiveStream live = this.api.openStream("/api/events/stream", this.patient.token());
		assertThat(live.status()).isEqualTo(200);
		String laterSlot = this.clinic.slotTomorrow(this.doctor.id(), this.patient.token());
		Api.Reply booked = this.api.post("/api/appointments", this.patient.token(),
				Clinic.booking(this.doctor.id(), laterSlot));
		assertThat(booked.status()).as("%s", booked).isEqualTo(201);
		String laterId = booked.text("id");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> live.data().stream().anyMatch((data) -> data.contains("appointment.booked")));
		assertThat(live.data()).filteredOn((data) -> data.contains("appointment.booked"))
			.singleElement()
			.satisfies((data) -> assertThat(data).contains(laterId).doesNotContain("reason"));
		assertThat(this.clinic.freeSlotStarts(this.doctor.id(), this.patient.token())).doesNotContain(laterSlot);

		Person stranger = this.clinic.registerPatient();
		Api.Reply byStranger = this.api.post("/api/appointments/" + laterId + "/cancel", stranger.token(),
				Map.of("reason", "no"));
		assertThat(byStranger.status()).isIn(403, 404);

		// the patient cancels with the link in the booking email: no sign-in, a page, its
		// button
		SystemStack stack = SystemStack.get();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> EmailedLink.find(stack.bodiesTo(this.patient.email()), "cancel", laterId).isPresent());
		EmailedLink cancelLink = EmailedLink.find(stack.bodiesTo(this.patient.email()), "cancel", laterId)
			.orElseThrow();
		assertThat(cancelLink.tampered().press(null).statusCode()).as("an altered link").isEqualTo(400);
		HttpResponse<String> page = cancelLink.open();
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		assertThat(page.body()).contains("Cancel your appointment?");
		assertThat(this.api.get("/api/appointments/" + laterId, this.patient.token()).text("status"))
			.as("opening the link changes nothing")
			.isEqualTo("booked");
		HttpResponse<String> cancelled = cancelLink.press(null);
		assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
		assertThat(cancelled.body()).contains("Your appointment is cancelled");
		assertThat(this.api.get("/api/appointments/" + laterId, this.patient.token()).text("status"))
			.isEqualTo("cancelled");
		assertThat(cancelLink.press(null).statusCode()).as("used once").isEqualTo(410);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> live.data()
				.stream()
				.anyMatch((data) -> data.contains("appointment.cancelled") && data.contains(laterId)));
		assertThat(live.data()).as("only this patient's own appointments")
			.allMatch((data) -> data.contains(this.patient.id()) || !data.contains("patientId"));
		live.close();

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.clinic.freeSlotStarts(this.doctor.id(), this.patient.token()))
				.contains(laterSlot));
	}

	@Test
	@Order(11)
	void theDoctorTakesLeaveWhichBlocksSlotsAndSearchBySpecialtyFindsOnlyFreeOnes() {
		// three days on: the journey's visits (booked more than 25 h ahead) can reach the
		// morning after tomorrow, whose booked time the leave could not take away
		Instant inThreeDays = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
		Instant leaveStart = inThreeDays.plus(8, ChronoUnit.HOURS);
		Instant leaveEnd = inThreeDays.plus(10, ChronoUnit.HOURS);
		Map<String, Object> leave = Map.of("type", "block", "start", leaveStart.toString(), "end", leaveEnd.toString(),
				"reason", "leave");
		assertThat(this.api.post("/api/schedules/" + this.doctor.id() + "/exceptions", this.patient.token(), leave)
			.status()).isEqualTo(403);

		Api.Reply blocked = this.api.post("/api/schedules/" + this.doctor.id() + "/exceptions", this.doctor.token(),
				leave);

		assertThat(blocked.status()).as("%s", blocked).isEqualTo(201);
		assertThat(this.clinic.freeSlotStarts(this.doctor.id(), this.patient.token(), 4))
			.noneMatch(start -> !Instant.parse(start).isBefore(leaveStart) && Instant.parse(start).isBefore(leaveEnd))
			.contains(leaveEnd.toString());
		Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Api.Reply found = this.api.get("/api/slots?specialty=" + this.specialty.replace(" ", "%20") + "&from=" + from
				+ "&to=" + from.plus(3, ChronoUnit.DAYS) + "&size=100", this.patient.token());
		assertThat(found.status()).as("%s", found).isEqualTo(200);
		assertThat(found.body().valueStream().map(slot -> slot.get("doctorId").asString())).isNotEmpty()
			.containsOnly(this.doctor.id());
		assertThat(found.body().valueStream().map(slot -> slot.get("start").asString()))
			.doesNotContain(leaveStart.toString());
		Api.Reply first = this.api.get("/api/slots/first?specialty=" + this.specialty.replace(" ", "%20"),
				this.patient.token());
		assertThat(first.status()).as("%s", first).isEqualTo(200);
		assertThat(first.text("doctorId")).isEqualTo(this.doctor.id());
	}

	@Test
	@Order(12)
	void aHeldSlotIsTheHoldersAloneWhoThenBooksItAndMovesIt() {
		List<String> free = this.clinic.freeSlotStarts(this.doctor.id(), this.patient.token());
		String held = free.get(free.size() - 1);
		Api.Reply hold = this.api.post("/api/slots/holds", this.patient.token(),
				Map.of("doctorId", this.doctor.id(), "start", held));
		assertThat(hold.status()).as("%s", hold).isEqualTo(201);
		assertThat(this.clinic.freeSlotStarts(this.doctor.id(), this.patient.token())).doesNotContain(held);

		Person other = this.clinic.registerPatient();
		assertThat(this.api.post("/api/appointments", other.token(), Clinic.booking(this.doctor.id(), held)).status())
			.isEqualTo(409);
		Map<String, Object> withHold = new HashMap<>(Clinic.booking(this.doctor.id(), held));
		withHold.put("holdId", hold.text("holdId"));
		Api.Reply booked = this.api.post("/api/appointments", this.patient.token(), withHold);
		assertThat(booked.status()).as("%s", booked).isEqualTo(201);

		String newStart = free.get(free.size() - 2);
		Api.Reply moved = this.api.post("/api/appointments/" + booked.text("id") + "/reschedule", this.patient.token(),
				Map.of("start", newStart));

		assertThat(moved.status()).as("%s", moved).isEqualTo(201);
		assertThat(moved.text("replaces")).isEqualTo(booked.text("id"));
		Api.Reply old = this.api.get("/api/appointments/" + booked.text("id"), this.patient.token());
		assertThat(old.text("status")).isEqualTo("cancelled");
		assertThat(old.text("replacedBy")).isEqualTo(moved.text("id"));
		assertThat(this.clinic.freeSlotStarts(this.doctor.id(), this.patient.token())).contains(held)
			.doesNotContain(newStart);
		Api.Reply day = this.api.get("/api/appointments?doctorId=" + this.doctor.id() + "&date="
				+ Instant.parse(newStart).atZone(ZoneOffset.UTC).toLocalDate(), this.clinic.adminToken());
		assertThat(day.status()).as("%s", day).isEqualTo(200);
		assertThat(day.body().valueStream().map(entry -> entry.get("id").asString())).contains(moved.text("id"));
	}

	@Test
	@Order(13)
	void aWaitlistedPatientIsOfferedAFreedSlotByEmailAndTakesItThroughTheLink() {
		SystemStack stack = SystemStack.get();
		List<String> free = this.clinic.freeSlotStarts(this.doctor.id(), this.patient.token());
		String slot = free.get(free.size() / 2);
		Api.Reply booked = this.api.post("/api/appointments", this.patient.token(),
				Clinic.booking(this.doctor.id(), slot));
		assertThat(booked.status()).as("%s", booked).isEqualTo(201);
		Person waiting = this.clinic.registerPatient();
		Instant start = Instant.parse(slot);
		Api.Reply joined = this.api.post("/api/waitlist", waiting.token(), Map.of("specialty", this.specialty, "from",
				start.minus(1, ChronoUnit.HOURS).toString(), "to", start.plus(1, ChronoUnit.HOURS).toString()));
		assertThat(joined.status()).as("%s", joined).isEqualTo(201);

		assertThat(this.api
			.post("/api/appointments/" + booked.text("id") + "/cancel", this.patient.token(),
					Map.of("reason", "Cannot come"))
			.status()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(30))
			.until(() -> stack.subjectsTo(waiting.email()).contains("A slot opened up for you"));
		EmailedLink accept = EmailedLink.find(stack.bodiesTo(waiting.email()), "accept-offer", "A slot")
			.orElseThrow(() -> new AssertionError("no accept link in " + stack.bodiesTo(waiting.email())));
		assertThat(accept.open().body()).contains("Take this appointment?");

		HttpResponse<String> accepted = accept.press(null);

		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.body()).contains("You are booked");
		assertThat(this.api.get("/api/appointments", waiting.token()).body().valueStream()).singleElement()
			.satisfies((appointment) -> assertThat(appointment.path("start").asString()).isEqualTo(slot));
		assertThat(this.api.get("/api/waitlist", waiting.token()).body().isEmpty()).isTrue();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> stack.subjectsTo(waiting.email()).contains("Your appointment is booked"));
	}

	@Test
	@Order(14)
	void thePatientWasToldByEmailAtEachStepWithoutHealthData() {
		SystemStack stack = SystemStack.get();
		// the visit summary leaves at the first minute after the visit's last edit
		await().atMost(Duration.ofSeconds(90))
			.untilAsserted(() -> assertThat(stack.subjectsTo(this.patient.email())).containsExactlyInAnyOrder(
					Clinic.WELCOME_SUBJECT, "Your appointment is booked", "Your visit summary is ready",
					"Your appointment is booked", "Your appointment was cancelled", "Your appointment is booked",
					"Your appointment was moved", "Your appointment is booked", "Your appointment was cancelled"));
		assertThat(stack.bodiesTo(this.patient.email())).noneMatch(body -> body.contains("bronchitis"))
			.noneMatch(body -> body.contains("systolic"));

		// the same, as the patient's message log lists it: kinds and states, no text
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			Api.Reply log = this.api.get("/api/notifications?size=100", this.patient.token());
			assertThat(log.status()).as("%s", log).isEqualTo(200);
			List<JsonNode> sent = log.body()
				.valueStream()
				.filter(message -> message.path("status").asString().equals("sent"))
				.toList();
			assertThat(sent).extracting(message -> message.path("kind").asString())
				.containsExactlyInAnyOrder("patient.registered", "appointment.booked", "visit.updated",
						"appointment.booked", "appointment.cancelled", "appointment.booked", "appointment.rescheduled",
						"appointment.booked", "appointment.cancelled");
			assertThat(log.body().valueStream()).allMatch(message -> message.path("subject").isMissingNode()
					&& message.path("body").isMissingNode() && message.path("to").isMissingNode());
		});
	}

	@Test
	@Order(15)
	void theVisitNobodyCheckedInBecameANoShowAndThePatientIsAskedToRebook() {
		SystemStack stack = SystemStack.get();
		await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> this.api.get("/api/appointments/" + this.missedId, this.missing.token())
				.text("status")
				.equals("noshow"));
		Api.Reply missed = this.api.get("/api/appointments/" + this.missedId, this.missing.token());
		assertThat(missed.body().path("history").valueStream().map(step -> step.path("status").asString()))
			.containsExactly("booked", "noshow");
		assertThat(this.api.post("/api/appointments/" + this.missedId + "/check-in", this.clinic.adminToken(), null)
			.status()).as("too late to check in").isEqualTo(409);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(stack.subjectsTo(this.missing.email()))
				.contains("Your appointment is booked", "We missed you at your appointment"));
		assertThat(stack.bodiesTo(this.missing.email())).noneMatch(body -> body.contains("Persistent cough"));
	}

	/**
	 * The chart at the visit: the doctor writes a diagnosis and a prescription, the
	 * patient reads both and downloads the paper, a pharmacist scans its QR code, sees
	 * the prescription and fills it, and the patient is told by email — without the
	 * medicine.
	 */
	@Test
	@Order(16)
	void theDoctorPrescribesThePatientReadsItAndAPharmacistScansThePaperAndFillsIt() {
		SystemStack stack = SystemStack.get();
		Api.Reply diagnosis = this.api.post("/api/records", this.doctor.token(),
				Map.of("patientId", this.patient.id(), "kind", "diagnosis", "code", Map.of("system",
						"http://hl7.org/fhir/sid/icd-10", "code", "J20.9", "display", "Acute bronchitis"), "text",
						"Acute bronchitis after a viral infection"));
		assertThat(diagnosis.status()).as("%s", diagnosis).isEqualTo(201);
		Api.Reply written = this.api.post("/api/prescriptions", this.doctor.token(),
				Map.of("patientId", this.patient.id(), "medication",
						Map.of("name", "Salbutamol inhaler 100 µg", "dosage", "2 puffs", "route", "inhaled",
								"frequency", "up to 4 times a day", "duration", "14 days", "quantity", 1),
						"instructions", "Use when short of breath", "refills", 0, "prescriberLicence", "GMC-7654321"));
		assertThat(written.status()).as("%s", written).isEqualTo(201);
		String prescriptionId = written.text("id");

		assertThat(this.api.get("/api/records", this.patient.token()).body().valueStream())
			.anySatisfy((record) -> assertThat(record.path("id").asString()).isEqualTo(diagnosis.text("id")));
		assertThat(this.api.get("/api/prescriptions", this.patient.token()).body().valueStream())
			.anySatisfy((prescription) -> assertThat(prescription.path("id").asString()).isEqualTo(prescriptionId));
		Api.Download paper = this.api.download("/api/prescriptions/" + prescriptionId + "/pdf", this.patient.token());
		assertThat(paper.status()).isEqualTo(200);
		assertThat(paper.contentType()).isEqualTo("application/pdf");
		Api.Download qr = this.api.download("/api/qr/" + prescriptionId, this.patient.token());
		assertThat(qr.status()).isEqualTo(200);
		String scanned = QrDecoder.decode(qr.bytes());
		String verify = scanned.substring(scanned.indexOf("/verify/"));

		Api.Reply anyone = this.api.get(verify, null);
		assertThat(anyone.status()).as("%s", anyone).isEqualTo(200);
		assertThat(anyone.body().path("genuine").asBoolean()).isTrue();
		assertThat(anyone.text("status")).isEqualTo("active");
		assertThat(anyone.body().has("document")).as("a stranger learns nothing of the medicine").isFalse();
		Person pharmacist = this.clinic.demoUser("pharmacist@careflow.local");
		Api.Reply scannedAtThePharmacy = this.api.get(verify, pharmacist.token());
		JsonNode prescription = scannedAtThePharmacy.body().path("document");
		assertThat(prescription.path("medication").path("name").asString()).isEqualTo("Salbutamol inhaler 100 µg");
		assertThat(prescription.path("patient").path("birthDate").isMissingNode()).isFalse();
		assertThat(this.api.get("/api/records?patientId=" + this.patient.id(), pharmacist.token()).status())
			.as("a pharmacist sees prescriptions, not the chart")
			.isEqualTo(403);

		Api.Reply filled = this.api.post("/api/prescriptions/" + prescriptionId + "/fill", pharmacist.token(),
				Map.of("quantity", 1, "version", prescription.path("version").asLong()));
		assertThat(filled.status()).as("%s", filled).isEqualTo(200);
		assertThat(filled.text("status")).isEqualTo("completed");
		assertThat(this.api.get(verify, null).text("status")).startsWith("filled on ");

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(stack.subjectsTo(this.patient.email()))
				.contains("Your prescription is ready", "Your prescription was filled"));
		assertThat(stack.bodiesTo(this.patient.email())).noneMatch(body -> body.contains("Salbutamol"))
			.noneMatch(body -> body.contains("bronchitis"));
	}

	/**
	 * An admin deactivates a patient who leaves the clinic: their visit ahead is
	 * cancelled and they are told by email, and they can no longer sign in.
	 */
	@Test
	@Order(17)
	void aDeactivatedPatientsVisitAheadIsCancelledWithAnEmailAndTheyCanNoLongerSignIn() {
		SystemStack stack = SystemStack.get();
		Person leaving = this.clinic.registerPatient();
		Api.Reply booked = this.api.post("/api/appointments", leaving.token(),
				Clinic.booking(this.doctor.id(), this.clinic.slotTomorrow(this.doctor.id(), leaving.token())));
		assertThat(booked.status()).as("%s", booked).isEqualTo(201);
		String visitId = booked.text("id");

		assertThat(this.api.call("DELETE", "/api/patients/" + leaving.id(), this.doctor.token(), null).status())
			.as("only an admin deactivates")
			.isEqualTo(403);
		Api.Reply deactivated = this.api.call("DELETE", "/api/patients/" + leaving.id(), this.clinic.adminToken(),
				null);
		assertThat(deactivated.status()).as("%s", deactivated).isEqualTo(204);

		await().atMost(Duration.ofSeconds(30))
			.until(() -> "cancelled"
				.equals(this.api.get("/api/appointments/" + visitId, this.doctor.token()).text("status")));
		assertThat(this.api.get("/api/appointments/" + visitId, this.doctor.token()).text("cancellationReason"))
			.isEqualTo("patient deactivated");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(stack.subjectsTo(leaving.email())).contains("Your appointment was cancelled"));
		assertThatThrownBy(() -> this.clinic.tokenOf(leaving.email())).as("the login is disabled");
		assertThat(this.api.get("/api/patients/" + leaving.id(), this.clinic.adminToken()).status())
			.as("the profile is kept for the retention period")
			.isEqualTo(200);
	}

	/**
	 * The integrator saw the journey's appointment go booked → arrived → fulfilled, and
	 * the visit nobody attended become a no-show — each delivery signed, in order, with
	 * ids and times only.
	 */
	@Test
	@Order(18)
	void theIntegratorReceivedTheJourneysEventsSignedInOrderWithoutHealthData() {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(typesDeliveredFor(this.appointmentId)).containsExactly("appointment.booked",
					"appointment.checked-in", "appointment.fulfilled"));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(typesDeliveredFor(this.missedId)).endsWith("appointment.noshow"));
		assertThat(this.integrator.refused()).as("deliveries whose signature did not check out").isEmpty();
		assertThat(this.integrator.verified()).allSatisfy((delivery) -> assertThat(delivery.body())
			.doesNotContain("\"reason\"", "\"notes\"", "systolic", "Too late", this.patient.email()));
	}

	private List<String> typesDeliveredFor(String appointment) {
		return this.integrator.verified()
			.stream()
			.filter((delivery) -> delivery.body().contains("\"appointmentId\":\"" + appointment + "\""))
			.map(WebhookReceiver.Delivery::type)
			.toList();
	}

	private List<String> idsListedFor(Person person) {
		Api.Reply listed = this.api.get("/api/appointments", person.token());
		assertThat(listed.status()).as("%s", listed).isEqualTo(200);
		return listed.body().valueStream().map(appointment -> appointment.get("id").asString()).toList();
	}

}
