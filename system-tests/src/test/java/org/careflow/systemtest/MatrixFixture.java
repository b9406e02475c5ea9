package org.careflow.systemtest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The people and things the matrix is tried on: a patient and the doctor of an
 * appointment due today (the "own" columns), another patient and another doctor (the
 * "other" columns), the realm's nurse, pharmacist and admin, and a service's own token.
 * The shared appointment is checked in (a visit is recorded once the patient is there),
 * and puts the patient in the doctor's care (the chart's "own" doctor).
 */
final class MatrixFixture {

	final Person patient;

	final Person otherPatient;

	final Person doctor;

	final Person otherDoctor;

	final Person nurse;

	final Person pharmacist;

	final Person admin;

	final String sharedAppointment;

	private final Api api;

	private final Clinic clinic;

	private final Map<String, Object> doctorsSchedule;

	private final Deque<String> freeSlots = new ArrayDeque<>();

	/**
	 * Free slots later today; one goes back when the appointment that took it is
	 * cancelled.
	 */
	private final Deque<String> todaysSlots = new ArrayDeque<>();

	private final Map<String, String> slotOfTodaysAppointment = new HashMap<>();

	private int exceptions;

	/**
	 * A department with one room of one bed, in patient-service's copy too; made once.
	 */
	private String ward;

	private MatrixFixture(Api api, Clinic clinic) {
		this.api = api;
		this.clinic = clinic;
		this.patient = clinic.registerPatient();
		this.otherPatient = clinic.registerPatient();
		this.doctorsSchedule = Clinic.everyDay(zoneWhereTheDayHasJustBegun().getId(), "00:00", "23:30");
		this.doctor = clinic.doctorWithHours("Matrix Medicine", this.doctorsSchedule);
		this.otherDoctor = clinic.doctorWithOpenHours("Matrix Medicine");
		this.nurse = clinic.demoUser("nurse@careflow.local");
		this.pharmacist = clinic.demoUser("pharmacist@careflow.local");
		this.admin = clinic.demoUser("admin@careflow.local");
		// ten days of slots: the cells that book, reschedule, claim and hold take several
		// hundred
		this.freeSlots.addAll(clinic.freeSlotStarts(this.doctor.id(), this.patient.token(), 10));
		this.sharedAppointment = book(slotLaterToday());
		// checked in, so its visit can be recorded before it starts
		Api.Reply checkedIn = api.post("/api/appointments/" + this.sharedAppointment + "/check-in", this.doctor.token(),
				null);
		assertThat(checkedIn.status()).as("fixture check-in: %s", checkedIn).isEqualTo(200);
		for (int i = 0; i < 10; i++) {
			this.todaysSlots.add(slotLaterToday());
		}
		// patient-service learns of the care from appointment.booked, a moment later
		await().atMost(Duration.ofSeconds(60))
			.until(() -> api.get("/api/records?patientId=" + this.patient.id(), this.doctor.token()).status() == 200);
	}

	static MatrixFixture create(Api api, Clinic clinic) {
		return new MatrixFixture(api, clinic);
	}

	/**
	 * A zone where it is morning now, so the doctor has slots later "today" in their zone
	 * whenever the test runs (a nurse may record vitals only on the day of the visit).
	 */
	static ZoneId zoneWhereTheDayHasJustBegun() {
		for (int hoursBehindUtc = -14; hoursBehindUtc <= 12; hoursBehindUtc++) {
			ZoneId zone = ZoneId.of((hoursBehindUtc < 0) ? "Etc/GMT" + hoursBehindUtc : "Etc/GMT+" + hoursBehindUtc);
			int hour = ZonedDateTime.now(zone).getHour();
			if (hour >= 4 && hour <= 12) {
				return zone;
			}
		}
		throw new IllegalStateException("every hour of the day is morning somewhere");
	}

	private String slotLaterToday() {
		ZoneId zone = ZoneId.of((String) this.doctorsSchedule.get("timeZone"));
		LocalDate today = LocalDate.now(zone);
		// beyond the default minimum notice of two hours, with room for the run
		Instant soon = Instant.now().plus(3, ChronoUnit.HOURS);
		String slot = this.freeSlots.stream()
			.filter(start -> Instant.parse(start).isAfter(soon))
			.filter(start -> Instant.parse(start).atZone(zone).toLocalDate().equals(today))
			.findFirst()
			.orElseThrow();
		this.freeSlots.remove(slot);
		return slot;
	}

	/** A free slot of the doctor that no cell has used yet. */
	String nextFreeSlot() {
		return this.freeSlots.removeLast();
	}

	/** A new appointment of the patient with the doctor. */
	String book(String slot) {
		Api.Reply booked = this.api.post("/api/appointments", this.patient.token(),
				Clinic.booking(this.doctor.id(), slot));
		assertThat(booked.status()).as("fixture booking: %s", booked).isEqualTo(201);
		return booked.text("id");
	}

	String freshAppointment() {
		return book(nextFreeSlot());
	}

	/** A new booked appointment of the patient with the doctor, later today. */
	String todaysAppointment() {
		String slot = this.todaysSlots.removeFirst();
		String appointmentId = book(slot);
		this.slotOfTodaysAppointment.put(appointmentId, slot);
		return appointmentId;
	}

	/**
	 * A new block of the doctor's time, far ahead where nothing is booked (each call
	 * blocks another hour).
	 */
	String freshException() {
		Instant start = Instant.now()
			.plus(60, ChronoUnit.DAYS)
			.truncatedTo(ChronoUnit.HOURS)
			.plus(this.exceptions++, ChronoUnit.HOURS);
		Api.Reply blocked = this.api.post("/api/schedules/" + this.doctor.id() + "/exceptions", this.admin.token(),
				Map.of("type", "block", "start", start.toString(), "end", start.plus(1, ChronoUnit.HOURS).toString(),
						"reason", "training"));
		assertThat(blocked.status()).as("fixture exception: %s", blocked).isEqualTo(201);
		return blocked.text("id");
	}

	/** A new hold of the patient on a free slot of the doctor. */
	String freshHold() {
		Api.Reply held = this.api.post("/api/slots/holds", this.patient.token(),
				Map.of("doctorId", this.doctor.id(), "start", nextFreeSlot()));
		assertThat(held.status()).as("fixture hold: %s", held).isEqualTo(201);
		return held.text("holdId");
	}

	/** A new waitlist entry of the patient, for the other doctor, weeks ahead. */
	String freshWaitlistEntry() {
		Api.Reply joined = this.api.post("/api/waitlist", this.patient.token(), waitlistEntry());
		assertThat(joined.status()).as("fixture waitlist entry: %s", joined).isEqualTo(201);
		return joined.text("id");
	}

	/**
	 * Waiting for the other doctor, weeks ahead: no cell frees a slot there, so no offer
	 * takes a hold of the patients'.
	 */
	Map<String, Object> waitlistEntry() {
		Instant from = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
		return Map.of("doctorId", this.otherDoctor.id(), "from", from.toString(), "to",
				from.plus(1, ChronoUnit.DAYS).toString());
	}

	/** A new medical record of the patient, written by their doctor. */
	String freshRecord() {
		return chartEntry("/api/records", body("record"));
	}

	/** A new procedure of the patient in preparation, planned by their doctor. */
	String freshProcedure() {
		return chartEntry("/api/procedures", body("procedure"));
	}

	/** A new vaccine given to the patient, recorded by their doctor. */
	String freshVaccine() {
		return chartEntry("/api/vaccines", body("vaccine"));
	}

	/** A new allergy of the patient, recorded by their doctor. */
	String freshAllergy() {
		return chartEntry("/api/patients/" + this.patient.id() + "/allergies", body("allergy"));
	}

	/** A new prescription of the patient, written by their doctor, not yet filled. */
	String freshPrescription() {
		return chartEntry("/api/prescriptions", body("prescription"));
	}

	/**
	 * The patient's profile as it is now, to be put back unchanged: each PUT that
	 * succeeds raises its version, so the body is read again for every cell.
	 */
	private Map<String, Object> profileAsItIs() {
		Api.Reply profile = this.api.get("/api/patients/" + this.patient.id(), this.admin.token());
		assertThat(profile.status()).as("fixture profile: %s", profile).isEqualTo(200);
		return Map.of("firstName", profile.text("firstName"), "lastName", profile.text("lastName"), "birthDate",
				profile.text("birthDate"), "phone", profile.text("phone"), "version",
				profile.body().get("version").asLong());
	}

	/** A new department without doctors, added by the admin. */
	String freshDepartment() {
		Api.Reply created = this.api.post("/api/departments", this.admin.token(), body("department"));
		assertThat(created.status()).as("fixture department: %s", created).isEqualTo(201);
		return created.text("id");
	}

	/**
	 * A newly registered patient nobody else uses: the admin's DELETE deactivates them
	 * (their login is disabled, their appointments ahead are cancelled).
	 */
	String freshLeavingPatient() {
		Api.Reply registered = this.api.post("/api/patients/register", null,
				Clinic.registration(Clinic.uniqueEmail("matrix-leaving")));
		assertThat(registered.status()).as("fixture leaving patient: %s", registered).isEqualTo(201);
		return registered.text("id");
	}

	/**
	 * A new nurse in the ward, added by the admin: a staff member none of the callers is.
	 */
	String freshStaffMember() {
		Api.Reply added = this.api.post("/api/staff", this.admin.token(), body("staff"));
		assertThat(added.status()).as("fixture staff member: %s", added).isEqualTo(201);
		return added.text("id");
	}

	/**
	 * A new webhook subscription of the admin's, to a loopback port nothing listens on.
	 */
	String freshWebhook() {
		Api.Reply made = this.api.post("/api/webhooks", this.admin.token(), body("webhook"));
		assertThat(made.status()).as("fixture webhook: %s", made).isEqualTo(201);
		return made.text("id");
	}

	/**
	 * Removes a subscription a cell made or was given (another cell's DELETE may have
	 * already).
	 */
	void discardWebhook(String id) {
		this.api.call("DELETE", "/api/webhooks/" + id, this.admin.token(), null);
	}

	/**
	 * The ward: a department with one room ("W1") of one bed ("1"), added by the admin,
	 * once patient-service's copy has it (from {@code department.saved}).
	 */
	String ward() {
		if (this.ward == null) {
			Api.Reply created = this.api.post("/api/departments", this.admin.token(), Map.of("name",
					"Matrix ward " + UUID.randomUUID(), "rooms", List.of(Map.of("name", "W1", "beds", List.of("1")))));
			assertThat(created.status()).as("fixture ward: %s", created).isEqualTo(201);
			String id = created.text("id");
			await().atMost(Duration.ofSeconds(60))
				.until(() -> this.api.get("/api/departments/" + id + "/beds", this.nurse.token()).status() == 200);
			this.ward = id;
		}
		return this.ward;
	}

	/**
	 * The patient admitted to the ward's bed, by the admin: the current admission's id.
	 */
	String admitted() {
		Api.Reply admitted = this.api.post("/api/patients/" + this.patient.id() + "/admission", this.admin.token(),
				body("admission"));
		assertThat(admitted.status()).as("fixture admission: %s", admitted).isEqualTo(201);
		return admitted.text("id");
	}

	/**
	 * A finished admission of the patient (admitted, discharged, the bed ready again).
	 */
	String finishedAdmission() {
		String id = admitted();
		emptyTheWard();
		return id;
	}

	/**
	 * The patient discharged if a cell admitted them or left them admitted, and the bed
	 * made ready, so the next cell finds both free.
	 */
	void emptyTheWard() {
		this.api.post("/api/patients/" + this.patient.id() + "/discharge", this.admin.token(), null);
		this.api.post("/api/departments/" + ward() + "/beds/ready", this.admin.token(), body("bed-ready"));
	}

	/**
	 * The caller's own doctor profile as it is now, with a new bio: each PATCH that
	 * succeeds raises its version, so it is read again for every cell (version 0 for
	 * callers with no doctor profile: they are refused before it matters).
	 */
	private Map<String, Object> ownDoctorProfileChange(String token) {
		Api.Reply own = (token != null) ? this.api.get("/api/doctors/me", token) : null;
		long version = (own != null && own.status() == 200) ? own.body().get("version").asLong() : 0;
		return Map.of("bio", "Matrix bio " + UUID.randomUUID(), "version", version);
	}

	/** The doctor's profile as the admin reads it, with a new bio. */
	private Map<String, Object> doctorProfileChangeByAdmin() {
		Api.Reply profile = this.api.get("/api/doctors/" + this.doctor.id(), this.admin.token());
		assertThat(profile.status()).as("fixture doctor profile: %s", profile).isEqualTo(200);
		return Map.of("bio", "Matrix bio " + UUID.randomUUID(), "version", profile.body().get("version").asLong());
	}

	private String chartEntry(String path, Object body) {
		Api.Reply created = this.api.post(path, this.doctor.token(), body);
		assertThat(created.status()).as("fixture chart entry %s: %s", path, created).isEqualTo(201);
		return created.text("id");
	}

	/** Lets the patient's hold go, if a cell left it (a hold is a seat of three). */
	void discardHold(String holdId) {
		this.api.call("DELETE", "/api/slots/holds/" + holdId, this.patient.token(), null);
	}

	/** Takes the patient off the waitlist entry, if a cell left it (five at most). */
	void discardWaitlistEntry(String entryId) {
		this.api.call("DELETE", "/api/waitlist/" + entryId, this.patient.token(), null);
	}

	/** Removes a block a cell left. */
	void discardException(String exceptionId) {
		this.api.call("DELETE", "/api/schedules/" + this.doctor.id() + "/exceptions/" + exceptionId, this.admin.token(),
				null);
	}

	/**
	 * Frees the patient's quota again once a cell is done with its own appointment, and
	 * today's slot with it unless the cell checked the patient in (it stays taken).
	 */
	void discard(String appointmentId) {
		Api.Reply cancelled = this.api.post("/api/appointments/" + appointmentId + "/cancel", this.doctor.token(),
				Map.of());
		String todaysSlot = this.slotOfTodaysAppointment.remove(appointmentId);
		if (todaysSlot != null && cancelled.status() == 200) {
			this.todaysSlots.addLast(todaysSlot);
		}
	}

	/** The token of a column's caller, or null for anonymous. */
	String tokenOf(String caller) {
		return switch (caller) {
			case "anonymous" -> null;
			case "patient-own" -> this.patient.token();
			case "patient-other" -> this.otherPatient.token();
			case "doctor-own" -> this.doctor.token();
			case "doctor-other" -> this.otherDoctor.token();
			case "nurse" -> this.nurse.token();
			case "pharmacist" -> this.pharmacist.token();
			case "admin" -> this.admin.token();
			case "service-account" -> this.clinic.serviceToken("appointment-service");
			default -> throw new IllegalArgumentException("Unknown caller " + caller);
		};
	}

	/**
	 * The path with the fixture's ids, a week from now and today in the doctor's zone
	 * filled in.
	 */
	String path(String template, String fixtureId) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		String id = (fixtureId != null) ? fixtureId : "none";
		return template.replace("{patientId}", this.patient.id())
			.replace("{doctorId}", this.doctor.id())
			.replace("{appointmentId}", id)
			.replace("{exceptionId}", id)
			.replace("{holdId}", id)
			.replace("{entryId}", id)
			.replace("{offerId}", id)
			.replace("{recordId}", id)
			.replace("{procedureId}", id)
			.replace("{vaccineId}", id)
			.replace("{allergyId}", id)
			.replace("{prescriptionId}", id)
			.replace("{departmentId}", id)
			.replace("{leavingPatientId}", id)
			.replace("{admissionId}", id)
			.replace("{staffId}", id)
			.replace("{webhookId}", id)
			// a link nobody signed: the link decides what it may do, never the caller
			.replace("{token}", "not-a-signed-link")
			.replace("{specialty}", "Matrix%20Medicine")
			.replace("{from}", now.toString())
			.replace("{to}", now.plus(7, ChronoUnit.DAYS).toString())
			.replace("{date}", LocalDate.now(ZoneId.of((String) this.doctorsSchedule.get("timeZone"))).toString());
	}

	/**
	 * The request body a row names for a caller: a doctor's own profile is read with the
	 * caller's token; every other body is the same for every caller.
	 */
	Object body(String name, String caller) {
		if (name.equals("own-doctor-profile")) {
			return ownDoctorProfileChange(tokenOf(caller));
		}
		return body(name);
	}

	/** The request body a row names, new for each call where it must be. */
	Object body(String name) {
		return switch (name) {
			case "-" -> null;
			case "registration" -> Clinic.registration(Clinic.uniqueEmail("matrix"));
			case "new-doctor" -> Map.of("email", Clinic.uniqueEmail("matrix-doctor"), "password", Clinic.PASSWORD,
					"firstName", "Mat", "lastName", "Rix", "specialty", "Matrix Medicine");
			case "schedule" -> this.doctorsSchedule;
			case "booking" -> Clinic.booking(this.doctor.id(), nextFreeSlot());
			case "claim" -> Map.of("doctorId", this.doctor.id(), "start", nextFreeSlot(), "appointmentId",
					UUID.randomUUID().toString(), "patientId", this.patient.id());
			// a new appointment id holds no slot: a service's release frees nothing
			case "release" -> Map.of("doctorId", this.doctor.id(), "start",
					Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).toString(), "appointmentId",
					UUID.randomUUID().toString());
			case "vitals" -> Map.of("pulse", 72);
			case "preferences" -> Map.of("reminders", true, "visitSummaries", true);
			case "cancel" -> Map.of("reason", "Matrix");
			case "reschedule" -> Map.of("start", nextFreeSlot());
			case "error" -> Map.of("reason", "Booked for the wrong patient");
			case "exception" -> {
				Instant start = Instant.now()
					.plus(90, ChronoUnit.DAYS)
					.truncatedTo(ChronoUnit.HOURS)
					.plus(this.exceptions++, ChronoUnit.HOURS);
				yield Map.of("type", "block", "start", start.toString(), "end",
						start.plus(1, ChronoUnit.HOURS).toString(), "reason", "training");
			}
			case "hold" -> Map.of("doctorId", this.doctor.id(), "start", nextFreeSlot());
			// a service's hold for someone no cell acts as, so no patient's hold seats
			// fill up
			case "service-hold" -> Map.of("doctorId", this.doctor.id(), "start", nextFreeSlot(), "patientId",
					UUID.randomUUID().toString(), "ttlSeconds", 60);
			// a hold id nobody holds: a service's release lets nothing go
			case "hold-release" -> Map.of("holdId", UUID.randomUUID().toString());
			case "waitlist" -> waitlistEntry();
			case "record" -> Map.of("patientId", this.patient.id(), "kind", "diagnosis", "code",
					Map.of("system", "http://hl7.org/fhir/sid/icd-10", "code", "J45.9"), "text", "Matrix asthma");
			case "record-change" ->
				Map.of("kind", "diagnosis", "text", "Matrix asthma", "status", "resolved", "version", 0);
			case "procedure" -> Map.of("patientId", this.patient.id(), "name", "Spirometry", "plannedDate",
					LocalDate.now().plusDays(7).toString());
			case "procedure-change" -> Map.of("name", "Spirometry", "reason", "Matrix follow-up", "version", 0);
			case "perform" -> Map.of("outcome", "Matrix outcome");
			case "vaccine" -> vaccine(Map.of("patientId", this.patient.id()));
			case "vaccine-change" -> vaccine(Map.of("version", 0));
			case "allergy" -> Map.of("substance", "Penicillin", "severity", "moderate", "criticality", "high");
			case "allergy-change" ->
				Map.of("substance", "Penicillin", "severity", "severe", "criticality", "high", "version", 0);
			case "prescription" -> Map.of("patientId", this.patient.id(), "medication", medication(), "instructions",
					"Matrix instructions", "refills", 1, "prescriberLicence", "MATRIX-1");
			case "prescription-change" -> Map.of("medication", medication(), "refills", 2, "version", 0);
			case "fill" -> Map.of("quantity", 1, "version", 0);
			// every chart entry a cell marks was just made, at version 0
			// the number the patient registered with: the cell changes nothing another
			// needs
			case "contact-change" -> Map.of("phone", "+33 6 12 34 56 78");
			case "profile-replacement" -> profileAsItIs();
			case "department" -> Map.of("name", "Matrix " + UUID.randomUUID(), "rooms",
					List.of(Map.of("name", "M1", "beds", List.of("1", "2"))));
			case "department-change" -> Map.of("name", "Matrix " + UUID.randomUUID(), "version", 0);
			case "no-department" -> {
				Map<String, Object> none = new HashMap<>();
				none.put("departmentId", null);
				yield none;
			}
			case "entered-in-error" -> Map.of("reason", "Matrix: wrong chart", "version", 0);
			case "admission" -> Map.of("departmentId", ward(), "room", "W1", "bed", "1");
			// port 9 ("discard"): nothing listens there, deliveries simply wait
			case "webhook" -> Map.of("url", "http://127.0.0.1:9/hook", "events", List.of("appointment.booked"),
					"secret", "matrix-webhook-secret-of-at-least-32-characters");
			case "staff" -> Map.of("role", "nurse", "email", Clinic.uniqueEmail("matrix-nurse"), "firstName", "Mat",
					"lastName", "Rix", "departmentId", ward());
			case "bed-ready" -> Map.of("room", "W1", "bed", "1");
			case "doctor-admin-change" -> doctorProfileChangeByAdmin();
			default -> throw new IllegalArgumentException("Unknown body " + name);
		};
	}

	private static Map<String, Object> medication() {
		return Map.of("name", "Matrixamol 500 mg", "dosage", "1 tablet", "route", "oral", "frequency", "twice a day",
				"quantity", 10);
	}

	/** A dose given today from a lot good for a year, with {@code extra} fields. */
	private static Map<String, Object> vaccine(Map<String, Object> extra) {
		Map<String, Object> vaccine = new HashMap<>(
				Map.of("vaccineName", "Influenza", "doseNumber", 1, "lotNumber", "MATRIX-1", "lotExpiry",
						LocalDate.now().plusYears(1).toString(), "dateGiven", LocalDate.now().toString()));
		vaccine.putAll(extra);
		return vaccine;
	}

}
