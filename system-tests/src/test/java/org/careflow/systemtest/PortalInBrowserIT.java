package org.careflow.systemtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 */
class PortalInBrowserIT {

	private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

	private final SystemStack stack = SystemStack.get();

	private final Clinic clinic = this.stack.clinic();

	@Test
	void aPatientSignsInBooksReschedulesCancelsWithAReasonAndSignsOut() throws IOException, InterruptedException {
		assertThat(Files.isExecutable(CHROMIUM)).as("Chromium at %s (Debian: apt-get install chromium)", CHROMIUM)
			.isTrue();
		Person doctor = this.clinic.doctorWithOpenHours("Portal Medicine");
		Person patient = this.clinic.registerPatient();

		Path portal = SystemStack.repositoryRoot().resolve("portal");
		Path output = Files.createTempFile("portal-journey-", ".log");
		ProcessBuilder journey = new ProcessBuilder("node", "e2e/booking-journey.mjs").directory(portal.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		journey.environment().put("PORTAL_URL", this.stack.stack().gatewayUrl());
		journey.environment().put("PORTAL_USER", patient.email());
		journey.environment().put("PORTAL_PASSWORD", Clinic.PASSWORD);
		journey.environment().put("PORTAL_DOCTOR_ID", doctor.id());
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
			// the log lives on in the assertion messages below
			Files.deleteIfExists(output);
		}

		assertThat(ended).as("the journey ended within 3 minutes:%n%s", log).isTrue();
		assertThat(browser.exitValue()).as("the journey in the browser:%n%s", log).isZero();
		assertThat(log).contains("booked", "listed among my appointments", "rescheduled", "cancelled with a reason",
				"still signed in after a reload", "signed out", "accessibility: no serious or critical axe violation");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.stack.subjectsTo(patient.email())).contains(
					"Your appointment is booked", "Your appointment was moved", "Your appointment was cancelled"));
	}

}
