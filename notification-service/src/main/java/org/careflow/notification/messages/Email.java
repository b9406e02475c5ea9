package org.careflow.notification.messages;

import java.util.Optional;

/**
 * A plain-text email to one person, with a calendar invite for the emails that book, move
 * or cancel an appointment.
 *
 * @param invite the iCalendar attachment, or {@code null} for none
 */
public record Email(String to, String subject, String body, CalendarInvite invite) {

	public Email(String to, String subject, String body) {
		this(to, subject, body, null);
	}

	Email withInvite(CalendarInvite calendarInvite) {
		return new Email(this.to, this.subject, this.body, calendarInvite);
	}

	public Optional<CalendarInvite> calendarInvite() {
		return Optional.ofNullable(this.invite);
	}

}
