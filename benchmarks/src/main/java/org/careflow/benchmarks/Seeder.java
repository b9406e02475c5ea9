package org.careflow.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.careflow.localstack.EmailVerificationLinks;
import org.careflow.localstack.KeycloakServer;

/**
 * Creates the bench's own data through the public API, as the clinic would: the demo
 * admin adds doctors and opens their hours; patients register, confirm their address with
 * the welcome email's link from their mailbox and book a few appointments (for the read
 * workloads).
 */
final class Seeder {

	/** The demo admin of the realm file; the only demo data the bench relies on. */
	static final String ADMIN = "admin@careflow.local";

	static final String DEMO_PASSWORD = "careflow-demo";

	static final String PASSWORD = "bench-Passw0rd-2026";

	private static final List<String> DAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
			"SUNDAY");

	private final Api gateway;

	private final KeycloakServer keycloak;

	private final Mailbox mailbox;

	Seeder(Api gateway, KeycloakServer keycloak, Mailbox mailbox) {
		this.gateway = gateway;
		this.keycloak = keycloak;
		this.mailbox = mailbox;
	}

	SeededData seed(int doctorCount, int patientCount, int appointmentsPerPatient) {
		String admin = this.keycloak.accessToken("careflow-web", ADMIN, DEMO_PASSWORD);
		List<Doctor> doctors = Parallel.map(IntStream.range(0, doctorCount).boxed().toList(),
				(index) -> addDoctor(admin, index));
		List<Patient> patients = Parallel.map(IntStream.range(0, patientCount).boxed().toList(), this::register);
		SlotPool slots = new SlotPool(doctors.stream().map(Doctor::id).toList(), Instant.now());
		List<String> tokens = new PatientTokens(this.keycloak, patients).validFor(Duration.ofMinutes(1));
		List<List<SeededAppointment>> booked = Parallel.map(IntStream.range(0, patientCount).boxed().toList(),
				(patient) -> book(patient, patientCount, tokens.get(patient), appointmentsPerPatient, slots));
		slots.used((long) appointmentsPerPatient * patientCount);
		return new SeededData(doctors, patients, booked.stream().flatMap(List::stream).toList(), slots);
	}

	private Doctor addDoctor(String admin, int index) {
		String email = "bench-doctor-" + index + "@bench.careflow.local";
		String id = this.gateway
			.post("/api/doctors", admin,
					Map.of("email", email, "password", PASSWORD, "firstName", "Bench", "lastName",
							"Doctor " + Letters.of(index), "specialty", "General Practice"))
			.expect(201, "Adding doctor " + email)
			.text("id")
			.orElseThrow();
		this.gateway.put("/api/schedules/" + id, admin, openAroundTheClock()).expect(200, "Hours of " + email);
		return new Doctor(id, email);
	}

	/**
	 * Every day 00:00-23:45 UTC in 15-minute slots, bookable a year ahead (the clinic
	 * default is 90 days): see {@link SlotPool}.
	 */
	private static Map<String, Object> openAroundTheClock() {
		List<Map<String, String>> hours = DAYS.stream()
			.map((day) -> Map.of("day", day, "start", "00:00", "end", "23:45"))
			.toList();
		return Map.of("timeZone", "UTC", "slotMinutes", SlotPool.SLOT_MINUTES, "weeklyHours", hours, "maxDaysAhead",
				365);
	}

	private Patient register(int index) {
		String email = "bench-patient-" + index + "@bench.careflow.local";
		String id = this.gateway
			.post("/api/patients/register", null,
					Map.of("email", email, "password", PASSWORD, "firstName", "Bench", "lastName",
							"Patient " + Letters.of(index), "birthDate", "1985-06-15", "phone", "+33 6 12 34 56 78"))
			.expect(201, "Registering " + email)
			.text("id")
			.orElseThrow();
		EmailVerificationLinks.confirm(this.mailbox.awaitVerificationLink(email, Duration.ofSeconds(60)));
		return new Patient(id, email, PASSWORD);
	}

	/**
	 * One patient's bookings, one after another (a patient books one slot at a time), at
	 * different times (a patient cannot hold two overlapping appointments).
	 */
	private List<SeededAppointment> book(int patient, int patients, String token, int count, SlotPool slots) {
		List<SeededAppointment> booked = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Slot slot = slots.ofPatient(patient, i, patients);
			String id = this.gateway
				.post("/api/appointments", token, Map.of("doctorId", slot.doctorId(), "start", slot.start().toString(),
						"reason", "Benchmark booking"))
				.expect(201, "Booking " + slot)
				.text("id")
				.orElseThrow();
			booked.add(new SeededAppointment(id, patient));
		}
		return booked;
	}

}
