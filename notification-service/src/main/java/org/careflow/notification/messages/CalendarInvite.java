package org.careflow.notification.messages;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An iCalendar (RFC 5545) attachment that puts the appointment into the patient's
 * calendar app, updates it when it moves and removes it when it is cancelled (iTIP, RFC
 * 5546: {@code METHOD:REQUEST} or {@code CANCEL} with the same {@code UID} and a higher
 * {@code SEQUENCE}). Times are in the doctor's time zone, which the file describes itself
 * ({@code VTIMEZONE}), so no app has to know it. It names the doctor and nothing about
 * the visit: no reason, no health data.
 *
 * @param method {@code REQUEST} or {@code CANCEL}
 * @param text the file, CRLF line endings, lines folded at 75 octets
 */
public record CalendarInvite(String method, String text) {

	static final String REQUEST = "REQUEST";

	static final String CANCEL = "CANCEL";

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final int MAX_OCTETS = 75;

	/** What the invite says, besides its method. */
	record Details(CalendarEventId id, Instant start, Instant end, String timeZone, Optional<DoctorName> doctor,
			Recipient patient, Organizer organizer, Instant stamp) {
	}

	/** Who sends invites: the clinic's sending address. */
	public record Organizer(String name, String email) {
	}

	static CalendarInvite request(Details details) {
		return new CalendarInvite(REQUEST, write(REQUEST, details));
	}

	static CalendarInvite cancel(Details details) {
		return new CalendarInvite(CANCEL, write(CANCEL, details));
	}

	/** The MIME type of the attachment, with the method calendar apps look for. */
	String contentType() {
		return "text/calendar; charset=UTF-8; method=" + this.method;
	}

	private static String write(String method, Details details) {
		ZoneId zone = ZoneId.of(details.timeZone());
		List<String> lines = new ArrayList<>();
		lines.add("BEGIN:VCALENDAR");
		lines.add("PRODID:-//CareFlow//Appointments//EN");
		lines.add("VERSION:2.0");
		lines.add("CALSCALE:GREGORIAN");
		lines.add("METHOD:" + method);
		lines.addAll(timeZone(zone, details.start()));
		lines.add("BEGIN:VEVENT");
		lines.add("UID:" + text(details.id().uid()));
		lines.add("SEQUENCE:" + details.id().sequence());
		lines.add("DTSTAMP:" + UTC.format(details.stamp()));
		lines.add("DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(details.start().atZone(zone)));
		lines.add("DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(details.end().atZone(zone)));
		lines
			.add("SUMMARY:" + text("Appointment" + details.doctor().map(name -> " with " + name.display()).orElse("")));
		lines.add("ORGANIZER;CN=" + parameter(details.organizer().name()) + ":mailto:" + details.organizer().email());
		lines.add("ATTENDEE;CN=" + parameter(details.patient().fullName())
				+ ";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:" + details.patient().email());
		lines.add("STATUS:" + (CANCEL.equals(method) ? "CANCELLED" : "CONFIRMED"));
		lines.add("TRANSP:OPAQUE");
		lines.add("END:VEVENT");
		lines.add("END:VCALENDAR");
		StringBuilder file = new StringBuilder();
		lines.forEach(line -> file.append(fold(line)).append("\r\n"));
		return file.toString();
	}

	/**
	 * The zone's offsets around the appointment: the last change of offset before it and
	 * the next one after it (one daylight, one standard where the zone has summer time),
	 * or one fixed offset where it has never changed.
	 */
	private static List<String> timeZone(ZoneId zone, Instant at) {
		ZoneRules rules = zone.getRules();
		List<String> lines = new ArrayList<>();
		lines.add("BEGIN:VTIMEZONE");
		lines.add("TZID:" + zone.getId());
		ZoneOffsetTransition before = rules.previousTransition(at.plusSeconds(1));
		ZoneOffsetTransition after = rules.nextTransition(at);
		if (before == null && after == null) {
			ZoneOffset fixed = rules.getOffset(at);
			lines.addAll(List.of("BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:" + offset(fixed),
					"TZOFFSETTO:" + offset(fixed), "END:STANDARD"));
		}
		for (ZoneOffsetTransition transition : new ZoneOffsetTransition[] { before, after }) {
			if (transition != null) {
				String kind = rules.isDaylightSavings(transition.getInstant()) ? "DAYLIGHT" : "STANDARD";
				lines.addAll(List.of("BEGIN:" + kind, "DTSTART:" + LOCAL.format(onset(transition)),
						"TZOFFSETFROM:" + offset(transition.getOffsetBefore()),
						"TZOFFSETTO:" + offset(transition.getOffsetAfter()), "END:" + kind));
			}
		}
		lines.add("END:VTIMEZONE");
		return lines;
	}

	/** RFC 5545 gives an onset in the local time that was in force before it. */
	private static LocalDateTime onset(ZoneOffsetTransition transition) {
		return transition.getDateTimeBefore().truncatedTo(ChronoUnit.SECONDS);
	}

	private static String offset(ZoneOffset offset) {
		int seconds = offset.getTotalSeconds();
		int magnitude = Math.abs(seconds);
		String text = "%s%02d%02d".formatted(seconds < 0 ? "-" : "+", magnitude / 3600, (magnitude / 60) % 60);
		return (magnitude % 60 == 0) ? text : text + "%02d".formatted(magnitude % 60);
	}

	/** A TEXT value: backslash, semicolon, comma and line breaks escaped. */
	private static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/** A parameter value: quoted, without the quotes and line breaks it may not hold. */
	private static String parameter(String value) {
		return "\"" + value.replaceAll("[\"\\r\\n]", "") + "\"";
	}

	/**
	 * Lines longer than 75 octets continue on the next line after a space, never inside a
	 * UTF-8 character.
	 */
	private static String fold(String line) {
		StringBuilder folded = new StringBuilder();
		int octets = 0;
		for (int i = 0; i < line.length();) {
			int codePoint = line.codePointAt(i);
			int size = utf8Octets(codePoint);
			if (octets + size > MAX_OCTETS) {
				folded.append("\r\n ");
				octets = 1;
			}
			folded.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		return folded.toString();
	}

	private static int utf8Octets(int codePoint) {
		if (codePoint < 0x80) {
			return 1;
		}
		if (codePoint < 0x800) {
			return 2;
		}
		return (codePoint < 0x10000) ? 3 : 4;
	}

}
