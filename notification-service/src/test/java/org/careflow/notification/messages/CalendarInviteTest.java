package org.careflow.notification.messages;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The invites read back by a calendar library, as a calendar app would read them. */
class CalendarInviteTest {

	private static final Recipient JANE = new Recipient("jane@example.org", "Jane", "Doe");

	private static final Optional<DoctorName> HOUSE = Optional
		.of(new DoctorName("Gregory", "House", "Internal Medicine"));

	private static final CalendarInvite.Organizer CLINIC = new CalendarInvite.Organizer("CareFlow",
			"no-reply@careflow.local");

	@ParameterizedTest(name = "{0} at {1}")
	@CsvSource({ "Europe/Paris, 2026-11-24T08:00:00Z", "Europe/Paris, 2026-07-14T07:30:00Z",
			"America/New_York, 2026-03-08T15:00:00Z", "Asia/Tokyo, 2026-11-24T00:00:00Z", "UTC, 2026-11-24T09:00:00Z",
			"America/Sao_Paulo, 2026-11-24T12:00:00Z" })
	void anAppReadsTheSameInstantInTheDoctorsZoneFromTheFileAlone(String zone, Instant start) {
		CalendarInvite invite = CalendarInvite.request(details(new CalendarEventId("a-1@careflow", 0), start, zone));

		List<List<ParseWarning>> warnings = new ArrayList<>();
		ICalendar calendar = Biweekly.parse(invite.text()).warnings(warnings).first();
		VEvent event = calendar.getEvents().get(0);

		assertThat(warnings).allSatisfy(list -> assertThat(list).isEmpty());
		assertThat(calendar.getMethod().getValue()).isEqualTo("REQUEST");
		assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(start);
		assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(start.plusSeconds(1800));
		assertThat(
				calendar.getTimezoneInfo().getTimezone(event.getDateStart()).getComponent().getTimezoneId().getValue())
			.isEqualTo(zone);
		assertThat(invite.text()).contains("DTSTART;TZID=" + zone + ":");
	}

	@Test
	void aMoveKeepsTheEventAndRaisesItsSequenceAndACancellationCancelsIt() {
		Instant start = Instant.parse("2026-11-24T08:00:00Z");
		CalendarEventId first = new CalendarEventId("a-1@careflow", 0);

		VEvent moved = eventOf(CalendarInvite.request(details(first.next(), start.plusSeconds(3600), "Europe/Paris")));
		CalendarInvite cancel = CalendarInvite.cancel(details(first.next().next(), start, "Europe/Paris"));
		ICalendar cancelled = Biweekly.parse(cancel.text()).first();

		assertThat(moved.getUid().getValue()).isEqualTo("a-1@careflow");
		assertThat(moved.getSequence().getValue()).isEqualTo(1);
		assertThat(cancelled.getMethod().getValue()).isEqualTo("CANCEL");
		assertThat(cancelled.getEvents().get(0).getSequence().getValue()).isEqualTo(2);
		assertThat(cancelled.getEvents().get(0).getStatus().getValue()).isEqualTo("CANCELLED");
		assertThat(cancel.contentType()).isEqualTo("text/calendar; charset=UTF-8; method=CANCEL");
	}

	@Test
	void namesWithCommasAndLongNonAsciiNamesSurviveEscapingAndFolding() {
		Recipient patient = new Recipient("zoe@example.org", "Zoë-Éléonore, Marie-Hélène; Ågesdóttir",
				"Øvergård-Ŝtrømsnæs de la Fuente-Wäckerlin");
		Optional<DoctorName> doctor = Optional
			.of(new DoctorName("Anne-Sophie", "Dupont-Moretti, Jr.", "Médecine générale; pédiatrie"));
		CalendarInvite invite = CalendarInvite
			.request(new CalendarInvite.Details(new CalendarEventId("a-1@careflow", 0),
					Instant.parse("2026-11-24T08:00:00Z"), Instant.parse("2026-11-24T08:30:00Z"), "Europe/Paris",
					doctor, patient, CLINIC, Instant.parse("2026-11-20T10:00:00Z")));

		VEvent event = eventOf(invite);

		assertThat(invite.text().split("\r\n"))
			.allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
		assertThat(event.getSummary().getValue())
			.isEqualTo("Appointment with Dr Anne-Sophie Dupont-Moretti, Jr. (Médecine générale; pédiatrie)");
		assertThat(event.getAttendees().get(0).getCommonName()).isEqualTo(patient.fullName());
		assertThat(event.getAttendees().get(0).getEmail()).isEqualTo("zoe@example.org");
		assertThat(event.getOrganizer().getEmail()).isEqualTo("no-reply@careflow.local");
	}

	private static VEvent eventOf(CalendarInvite invite) {
		return Biweekly.parse(invite.text()).first().getEvents().get(0);
	}

	private static CalendarInvite.Details details(CalendarEventId id, Instant start, String zone) {
		return new CalendarInvite.Details(id, start, start.plusSeconds(1800), zone, HOUSE, JANE, CLINIC,
				Instant.parse("2026-11-20T10:00:00Z"));
	}

}
