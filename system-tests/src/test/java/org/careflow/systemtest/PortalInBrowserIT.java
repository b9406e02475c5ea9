package org.careflow.systemtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The portal in a real browser against the whole suite: Debian's Chromium, driven by
 * {@code portal/e2e/booking-journey.mjs} (playwright-core), signs a registered patient in
 * on Keycloak's own login page, books a time with a new doctor, finds it among "My
 * appointments", moves it to another time, cancels it with a reason, reloads, signs out;
 * axe-core checks each main page on the way (no serious or critical WCAG 2.2 A/AA
 * violation). What the patient would notice is then checked here too: the booking, the
 * move and the cancellation emails. Screenshots of each page go to
 * {@code portal/target/portal-screenshots}.
 * <p>
 * A second journey ({@code portal/e2e/day-journey.mjs}) runs two browser contexts at
 * once: a doctor's day view follows the event stream while a patient books a time with
 * that doctor today; the booking appears on the doctor's board without a reload, and the
 * doctor checks the patient in and records the vital signs.
 */
class PortalInBrowserIT {

	private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

	private final SystemStack stack = SystemStack.get();

	private final Clinic clinic = this.stack.clinic();

	@Test
	void aPatientSignsInBooksReschedulesCancelsWithAReasonAndSignsOut() throws IOException, InterruptedException {
		Person doctor = this.clinic.doctorWithOpenHours("Portal Medicine");
		Person patient = this.clinic.registerPatient();

		String log = journey("e2e/booking-journey.mjs", Map.of("PORTAL_USER", patient.email(), "PORTAL_PASSWORD",
				Clinic.PASSWORD, "PORTAL_DOCTOR_ID", doctor.id()));

		assertThat(log).contains("booked", "listed among my appointments", "rescheduled", "cancelled with a reason",
				"still signed in after a reload", "signed out", "accessibility: no serious or critical axe violation");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.stack.subjectsTo(patient.email())).contains(
					"Your appointment is booked", "Your appointment was moved", "Your appointment was cancelled"));
	}

	/**
	 * The doctor's hours begin within minutes, so the time the patient books today is
	 * inside the check-in window (from 60 minutes before its start).
	 */
	@Test
	void aBookingAppearsLiveOnTheDoctorsDayAndTheDoctorChecksThePatientInAndRecordsVitals()
			throws IOException, InterruptedException {
		Person doctor = this.clinic.doctorStartingSoon("Portal Day Medicine");
		Person patient = this.clinic.registerPatient();

		String log = journey("e2e/day-journey.mjs",
				Map.of("PORTAL_USER", patient.email(), "PORTAL_PASSWORD", Clinic.PASSWORD, "PORTAL_DOCTOR_USER",
						doctor.email(), "PORTAL_DOCTOR_PASSWORD", Clinic.PASSWORD, "PORTAL_DOCTOR_ID", doctor.id()));

		assertThat(log).contains("the booking appeared on the doctor's board without a reload", "checked in",
				"recorded the vital signs", "accessibility: no serious or critical axe violation");
		Api.Reply day = this.stack.api()
			.get("/api/appointments?doctorId=" + doctor.id() + "&date=" + LocalDate.now(ZoneOffset.UTC),
					doctor.token());
		assertThat(day.body().valueStream().map(a -> a.get("status").asString()).toList()).containsExactly("arrived");
	}

	/** Runs one journey script in Chromium against the suite; its log when it passed. */
	private String journey(String script, Map<String, String> settings) throws IOException, InterruptedException {
		assertThat(Files.isExecutable(CHROMIUM)).as("Chromium at %s (Debian: apt-get install chromium)", CHROMIUM)
			.isTrue();
		Path portal = SystemStack.repositoryRoot().resolve("portal");
		Path output = Files.createTempFile("portal-journey-", ".log");
		ProcessBuilder journey = new ProcessBuilder("node", script).directory(portal.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		journey.environment().putAll(settings);
		journey.environment().put("PORTAL_URL", this.stack.stack().gatewayUrl());
		journey.environment().put("CHROMIUM", CHROMIUM.toString());
		boolean ended;
		Process browser;
		String log;
		try {
			browser = journey.start();
			ended = browser.waitFor(3, TimeUnit.MINUTES);
			if (!ended) {
				browser.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
			log = Files.readString(output, StandardCharsets.UTF_8);
		}
		finally {
			// the log lives on in the assertion messages
			Files.deleteIfExists(output);
		}
		assertThat(ended).as("%s ended within 3 minutes:%n%s", script, log).isTrue();
		assertThat(browser.exitValue()).as("%s in the browser:%n%s", script, log).isZero();
		return log;
	}

}
