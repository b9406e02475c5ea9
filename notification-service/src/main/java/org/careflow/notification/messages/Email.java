package org.careflow.notification.messages;

import java.util.Optional;

/**
 * An email to one person: plain text and, for the emails made from templates, the same in
 * HTML; with a calendar invite for the emails that book, move or cancel an appointment.
 *
 * @param body the plain text
 * @param html the HTML alternative, or {@code null} for plain text only
 * @param invite the iCalendar attachment, or {@code null} for none
 * @param patientId the patient it is about (who may read it in the message log), or
 * {@code null} for an email to staff
 * @param appointmentId the appointment it is about, or {@code null}
 * @param suppressed the recipient turned this kind of email off: it is logged, not sent
 */
public record Email(String to, String subject, String body, String html, CalendarInvite invite, String patientId,
		String appointmentId, boolean suppressed) {

	/** Plain text only. */
	public Email(String to, String subject, String body) {
		this(to, subject, body, null, null, null, null, false);
	}

	Email(String to, RenderedEmail rendered) {
		this(to, rendered.subject(), rendered.text(), rendered.html(), null, null, null, false);
	}

	Email withInvite(CalendarInvite calendarInvite) {
		return new Email(this.to, this.subject, this.body, this.html, calendarInvite, this.patientId,
				this.appointmentId, this.suppressed);
	}

	/** Files it under the patient (and appointment) in the message log. */
	Email about(String patient, String appointment) {
		return new Email(this.to, this.subject, this.body, this.html, this.invite, patient, appointment,
				this.suppressed);
	}

	/**
	 * The same email, not to be sent if the recipient turned its kind off (it is logged
	 * as suppressed instead).
	 */
	Email unlessTurnedOff(boolean wanted) {
		return new Email(this.to, this.subject, this.body, this.html, this.invite, this.patientId, this.appointmentId,
				!wanted);
	}

	public Optional<CalendarInvite> calendarInvite() {
		return Optional.ofNullable(this.invite);
	}

	public Optional<String> htmlBody() {
		return Optional.ofNullable(this.html);
	}

}
