package org.careflow.systemtest;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.careflow.localstack.EmbeddedSmtp;
import org.careflow.localstack.EmailVerificationLinks;
import org.careflow.localstack.KeycloakServer;
import org.careflow.localstack.ReceivedMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Test data made through the public API: fresh patients and doctors per test, so tests
 * never depend on each other or on the demo data.
 */
final class Clinic {

	static final String PASSWORD = "s3cret-Passw0rd";

	/** The demo users' password in the realm file. */
	static final String DEMO_PASSWORD = "careflow-demo";

	/** The subject of CareFlow's welcome email, which carries the verification link. */
	static final String WELCOME_SUBJECT = EmailVerificationLinks.WELCOME_SUBJECT;

	private final Api api;

	private final KeycloakServer keycloak;

	private final EmbeddedSmtp smtp;

	Clinic(Api api, KeycloakServer keycloak, EmbeddedSmtp smtp) {
		this.api = api;
		this.keycloak = keycloak;
		this.smtp = smtp;
	}

	static String uniqueEmail(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	static Map<String, Object> registration(String email) {
		return Map.of("email", email, "password", PASSWORD, "firstName", "Alex", "lastName", "Martin", "birthDate",
				"1985-06-15", "phone", "+33 6 12 34 56 78");
	}

	/** A registered patient whose email is verified, as any patient who may book. */
	Person registerPatient() {
		Person patient = registerUnverifiedPatient();
		verifyEmail(patient);
		return patient;
	}

	/** A registered patient who has not followed the verification link yet. */
	Person registerUnverifiedPatient() {
		String email = uniqueEmail("patient");
		Api.Reply reply = this.api.post("/api/patients/register", null, registration(email));
		assertThat(reply.status()).as("registration of %s: %s", email, reply).isEqualTo(201);
		return new Person(reply.text("id"), email, () -> token(email, PASSWORD));
	}

	/**
	 * Follows the link of CareFlow's welcome email, as the patient would: the page's
	 * button posted through the gateway.
	 */
	void verifyEmail(Person patient) {
		EmailedLink link = await().atMost(Duration.ofSeconds(30))
			.until(() -> EmailedLink.emailVerification(this.smtp.messagesTo(patient.email())
				.stream()
				.filter(message -> message.subject().equals(WELCOME_SUBJECT))
				.map(ReceivedMail::body)
				.toList()), Optional::isPresent)
			.orElseThrow();
		HttpResponse<String> confirmed = link.press(null);
		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
		patient.signInAgain();
	}

	private String token(String username, String password) {
		return this.keycloak.accessToken("careflow-web", username, password);
	}

	String tokenOf(String email) {
		return token(email, PASSWORD);
	}

	/** A demo user of the realm (admin, nurse, pharmacist...). */
	Person demoUser(String email) {
		return new Person(null, email, () -> token(email, DEMO_PASSWORD));
	}

	String adminToken() {
		return token("admin@careflow.local", DEMO_PASSWORD);
	}

	/** A service's own token (client credentials), as services call each other. */
	String serviceToken(String clientId) {
		return this.keycloak.serviceToken(clientId);
	}

	/** A new doctor, working every day 08:00–18:00 UTC in 30-minute slots. */
	Person doctorWithOpenHours(String specialty) {
		return doctorWithHours(specialty, openEveryDay());
	}

	/** A new doctor with the given weekly schedule. */
	Person doctorWithHours(String specialty, Map<String, Object> schedule) {
		String email = uniqueEmail("doctor");
		Api.Reply created = this.api.post("/api/doctors", adminToken(), Map.of("email", email, "password", PASSWORD,
				"firstName", "Lisa", "lastName", "Cuddy", "specialty", specialty));
		assertThat(created.status()).as("doctor creation: %s", created).isEqualTo(201);
		Person doctor = new Person(created.text("id"), email, () -> token(email, PASSWORD));
		Api.Reply put = this.api.put("/api/schedules/" + doctor.id(), doctor.token(), schedule);
		assertThat(put.status()).as("schedule: %s", put).isEqualTo(200);
		return doctor;
	}

	/**
	 * A new doctor whose only hours begin within a minute and a half, in five-minute
	 * slots bookable without notice: an appointment that starts while the test runs, for
	 * the no-show. Hours never cross midnight, so the doctor's zone is moved west late in
	 * the UTC day.
	 */
	Person doctorStartingSoon(String specialty) {
		ZoneId zone = (LocalTime.now(ZoneOffset.UTC).getHour() >= 23) ? ZoneId.of("Etc/GMT+6") : ZoneId.of("UTC");
		ZonedDateTime start = ZonedDateTime.now(zone).plusSeconds(90).truncatedTo(ChronoUnit.MINUTES);
		DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
		Map<String, Object> hours = Map.of("day", start.getDayOfWeek().name(), "start", start.format(time), "end",
				start.plusMinutes(30).format(time));
		return doctorWithHours(specialty, Map.of("timeZone", zone.getId(), "slotMinutes", 5, "weeklyHours",
				List.of(hours), "minNoticeMinutes", 0));
	}

	static Map<String, Object> openEveryDay() {
		return everyDay("UTC", "08:00", "18:00");
	}

	static Map<String, Object> everyDay(String timeZone, String start, String end) {
		List<Map<String, String>> hours = List
			.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
			.stream()
			.map(day -> Map.of("day", day, "start", start, "end", end))
			.toList();
		return Map.of("timeZone", timeZone, "slotMinutes", 30, "weeklyHours", hours);
	}

	List<String> freeSlotStarts(String doctorId, String token) {
		return freeSlotStarts(doctorId, token, 3);
	}

	/** The doctor's free slots of the next {@code days} days, soonest first. */
	List<String> freeSlotStarts(String doctorId, String token, int days) {
		Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Api.Reply slots = this.api.get(
				"/api/slots?doctorId=" + doctorId + "&from=" + from + "&to=" + from.plus(days, ChronoUnit.DAYS), token);
		assertThat(slots.status()).as("slots: %s", slots).isEqualTo(200);
		return slots.body().valueStream().map(slot -> slot.get("start").asString()).toList();
	}

	/**
	 * A slot more than a day ahead, so it cannot slip into the past while the test runs,
	 * nor its reminder (24 h before) fall due: a test that lists the patient's emails
	 * sees only what it did.
	 */
	String slotTomorrow(String doctorId, String token) {
		Instant tomorrow = Instant.now().plus(25, ChronoUnit.HOURS);
		return freeSlotStarts(doctorId, token).stream()
			.filter(start -> Instant.parse(start).isAfter(tomorrow))
			.findFirst()
			.orElseThrow();
	}

	static Map<String, Object> booking(String doctorId, String start) {
		return Map.of("doctorId", doctorId, "start", start, "reason", "Persistent cough");
	}

}
