package org.careflow.notification.messages;

import java.util.Optional;

/**
 * A plain-text email to one person, with a calendar invite for the emails that book, move
 * or cancel an appointment.
 *
 * @param invite the iCalendar attachment, or {@code null} for none
 * @param patientId the patient it is about (who may read it in the message log), or
 * {@code null} for an email to staff
 * @param appointmentId the appointment it is about, or {@code null}
 * @param suppressed the recipient turned this kind of email off: it is logged, not sent
 */
public record Email(String to, String subject, String body, CalendarInvite invite, String patientId,
		String appointmentId, boolean suppressed) {

	public Email(String to, String subject, String body) {
		this(to, subject, body, null, null, null, false);
	}

	Email withInvite(CalendarInvite calendarInvite) {
		return new Email(this.to, this.subject, this.body, calendarInvite, this.patientId, this.appointmentId,
				this.suppressed);
	}

	/** Files it under the patient (and appointment) in the message log. */
	Email about(String patient, String appointment) {
		return new Email(this.to, this.subject, this.body, this.invite, patient, appointment, this.suppressed);
	}

	/**
	 * The same email, not to be sent if the recipient turned its kind off (it is logged
	 * as suppressed instead).
	 */
	Email unlessTurnedOff(boolean wanted) {
		return new Email(this.to, this.subject, this.body, this.invite, this.patientId, this.appointmentId, !wanted);
	}

	public Optional<CalendarInvite> calendarInvite() {
		return Optional.ofNullable(this.invite);
	}

}
