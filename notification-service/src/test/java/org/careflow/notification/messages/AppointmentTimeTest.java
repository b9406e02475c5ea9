package org.careflow.notification.messages;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AppointmentTimeTest {

	@Test
	void showsTheStartInTheClinicsTimeZoneWithTheZoneNamed() {
		Instant start = Instant.parse("2026-11-24T08:00:00Z");

		assertThat(AppointmentTime.format(start, "Europe/Paris"))
			.isEqualTo("Tuesday 24 November 2026 at 09:00 (Europe/Paris)");
	}

	@Test
	void followsDaylightSavingTime() {
		Instant summer = Instant.parse("2026-07-06T07:30:00Z");

		assertThat(AppointmentTime.format(summer, "Europe/Paris"))
			.isEqualTo("Monday 6 July 2026 at 09:30 (Europe/Paris)");
	}

	@Test
	void theLocalDateCanDifferFromTheUtcDate() {
		Instant lateEvening = Instant.parse("2026-11-24T23:30:00Z");

		assertThat(AppointmentTime.format(lateEvening, "Asia/Tokyo"))
			.isEqualTo("Wednesday 25 November 2026 at 08:30 (Asia/Tokyo)");
	}

	@Test
	void anUnknownOrMissingZoneFallsBackToUtcInsteadOfLosingTheEmail() {
		Instant start = Instant.parse("2026-11-24T08:00:00Z");

		assertThat(AppointmentTime.format(start, "Mars/Olympus_Mons"))
			.isEqualTo("Tuesday 24 November 2026 at 08:00 (UTC)");
		assertThat(AppointmentTime.format(start, null)).isEqualTo("Tuesday 24 November 2026 at 08:00 (UTC)");
	}

	@Test
	void aPatientInAnotherZoneSeesTheirOwnTimeBesideTheDoctorsAndTheDateWhenItDiffers() {
		Instant start = Instant.parse("2026-11-24T08:00:00Z");

		assertThat(AppointmentTime.format(start, "Europe/Paris", "Europe/London"))
			.isEqualTo("Tuesday 24 November 2026 at 09:00 (Europe/Paris), 08:00 (Europe/London) for you");
		assertThat(AppointmentTime.format(start, "Europe/Paris", "America/Los_Angeles")).as("midnight, the same day")
			.isEqualTo("Tuesday 24 November 2026 at 09:00 (Europe/Paris), 00:00 (America/Los_Angeles) for you");
		assertThat(AppointmentTime.format(start, "Europe/Paris", "Pacific/Honolulu")).as("the day before there")
			.endsWith("Monday 23 November 2026 at 22:00 (Pacific/Honolulu) for you");
	}

	@Test
	void aPatientWhoseClockShowsTheSameTimeOrWhoseZoneIsUnknownSeesTheDoctorsTimeOnly() {
		Instant start = Instant.parse("2026-11-24T08:00:00Z");
		String doctors = "Tuesday 24 November 2026 at 09:00 (Europe/Paris)";

		assertThat(AppointmentTime.format(start, "Europe/Paris", "Europe/Paris")).isEqualTo(doctors);
		assertThat(AppointmentTime.format(start, "Europe/Paris", "Europe/Berlin")).isEqualTo(doctors);
		assertThat(AppointmentTime.format(start, "Europe/Paris", null)).isEqualTo(doctors);
		assertThat(AppointmentTime.format(start, "Europe/Paris", "Mars/Olympus_Mons")).isEqualTo(doctors);
	}

}
