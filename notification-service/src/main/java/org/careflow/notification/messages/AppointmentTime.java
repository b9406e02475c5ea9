package org.careflow.notification.messages;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * An appointment's start as the patient reads it: in the clinic's time zone, with the
 * zone named, e.g. "Tuesday 24 November 2026 at 09:00 (Europe/Paris)". The prescription
 * emails show their times the same way, in the zone {@link Emails} chooses.
 */
final class AppointmentTime {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm",
			Locale.ENGLISH);

	private static final DateTimeFormatter TIME_ONLY = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private static final ZoneId UTC = ZoneId.of("UTC");

	private AppointmentTime() {
	}

	/**
	 * Formats {@code start} in {@code timeZone}; an unknown or missing zone falls back to
	 * UTC rather than losing the email.
	 */
	static String format(Instant start, String timeZone) {
		ZoneId zone = zoneOrUtc(timeZone);
		return FORMAT.format(start.atZone(zone)) + " (" + zone.getId() + ")";
	}

	/**
	 * Formats {@code start} in the doctor's {@code timeZone} and, where its clock shows
	 * another time, in the patient's own zone as well: "… at 10:00 (Europe/Paris), 09:00
	 * (Europe/London) for you". An unknown patient zone is left out.
	 */
	static String format(Instant start, String timeZone, String patientTimeZone) {
		String doctors = format(start, timeZone);
		if (patientTimeZone == null || patientTimeZone.isBlank()) {
			return doctors;
		}
		ZoneId theirs;
		try {
			theirs = ZoneId.of(patientTimeZone);
		}
		catch (DateTimeException ex) {
			return doctors;
		}
		ZonedDateTime there = start.atZone(zoneOrUtc(timeZone));
		ZonedDateTime forThem = start.atZone(theirs);
		if (there.toLocalDateTime().equals(forThem.toLocalDateTime())) {
			return doctors;
		}
		DateTimeFormatter shown = there.toLocalDate().equals(forThem.toLocalDate()) ? TIME_ONLY : FORMAT;
		return doctors + ", " + shown.format(forThem) + " (" + theirs.getId() + ") for you";
	}

	private static ZoneId zoneOrUtc(String timeZone) {
		if (timeZone == null || timeZone.isBlank()) {
			return UTC;
		}
		try {
			return ZoneId.of(timeZone);
		}
		catch (DateTimeException ex) {
			return UTC;
		}
	}

}
