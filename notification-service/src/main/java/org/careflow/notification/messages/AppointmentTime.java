package org.careflow.notification.messages;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * An appointment's start as the patient reads it: in the clinic's time zone, with the
 * zone named, e.g. "Tuesday 24 November 2026 at 09:00 (Europe/Paris)".
 */
final class AppointmentTime {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm",
			Locale.ENGLISH);

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
