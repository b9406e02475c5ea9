package org.careflow.notification.messages;

import java.time.Instant;
import java.util.Optional;

/**
 * The wording of every email. Emails travel and sit in inboxes unprotected, so they carry
 * no health data: no visit reason, vitals or notes; the patient signs in to read those.
 * The action links in a patient's emails (cancel, reschedule, accept an offer) name only
 * ids and times; doctors' emails and the cancellation carry none.
 */
final class Emails {

	static final String WELCOME = "Welcome to CareFlow";

	static final String BOOKED = "Your appointment is booked";

	static final String CANCELLED = "Your appointment was cancelled";

	static final String VISIT_SUMMARY = "Your visit summary is ready";

	static final String MISSED = "We missed you at your appointment";

	static final String RESCHEDULED = "Your appointment was moved";

	static final String WAITLIST_OFFER = "A slot opened up for you";

	static final String REMINDER = "Reminder: your appointment";

	static final String DOCTOR_BOOKED = "New appointment on your calendar";

	static final String DOCTOR_CANCELLED = "Appointment cancelled on your calendar";

	static final String DOCTOR_MOVED = "Appointment moved on your calendar";

	private static final String SIGNATURE = "\n\nThe CareFlow team\n";

	/** A link acts without signing in: whoever holds the email holds the link. */
	private static final String DO_NOT_FORWARD = "whoever has this email can use it, so please do not forward it.";

	private Emails() {
	}

	static Email welcome(Recipient patient) {
		return new Email(patient.email(), WELCOME,
				greeting(patient)
						+ "Welcome to CareFlow. Your account is ready: sign in to book appointments with our doctors "
						+ "and to follow your visits." + SIGNATURE);
	}

	static Email booked(Recipient patient, Appointment appointment, AppointmentLinks links) {
		return new Email(patient.email(), BOOKED,
				greeting(patient) + "Your appointment" + with(appointment.doctor()) + " is booked for "
						+ appointment.time(patient) + ".\n\n" + reference(appointment.id())
						+ changeLinks("If you cannot come", links) + SIGNATURE);
	}

	static Email cancelled(Recipient patient, Optional<DoctorName> doctor, String appointmentId, Instant start,
			String timeZone) {
		return new Email(patient.email(), CANCELLED,
				greeting(patient) + "Your appointment" + with(doctor) + " on " + AppointmentTime.format(start, timeZone)
						+ " was cancelled.\n\n" + reference(appointmentId)
						+ "You can book a new appointment at any time by signing in to CareFlow." + SIGNATURE);
	}

	static Email rescheduled(Recipient patient, Appointment appointment, Instant previousStart,
			AppointmentLinks links) {
		return new Email(patient.email(), RESCHEDULED,
				greeting(patient) + "Your appointment" + with(appointment.doctor()) + " on "
						+ AppointmentTime.format(previousStart, appointment.timeZone()) + " was moved to "
						+ appointment.time(patient) + ".\n\n" + reference(appointment.id())
						+ changeLinks("If you cannot come at the new time", links) + SIGNATURE);
	}

	static Email waitlistOffer(Recipient patient, Optional<DoctorName> doctor, Instant start, Instant expiresAt,
			String timeZone, String acceptLink) {
		return new Email(patient.email(), WAITLIST_OFFER,
				greeting(patient) + "A slot" + with(doctor) + " on " + AppointmentTime.format(start, timeZone)
						+ " has become free, and you are next on the waitlist. It is held for you until "
						+ AppointmentTime.format(expiresAt, timeZone) + ".\n\n" + "To take it, accept the offer:\n"
						+ acceptLink + "\n\n" + "You can also sign in to CareFlow and accept it there. The link works "
						+ "once, while the slot is held for you; " + DO_NOT_FORWARD + "\n\n"
						+ "If you do nothing, it goes to the next patient on the waitlist; you stay on it."
						+ SIGNATURE);
	}

	static Email missed(Recipient patient, Optional<DoctorName> doctor, String appointmentId, Instant start,
			String timeZone) {
		return new Email(patient.email(), MISSED,
				greeting(patient) + "We missed you at your appointment" + with(doctor) + " on "
						+ AppointmentTime.format(start, timeZone) + ".\n\n" + reference(appointmentId)
						+ "If you still need care, you can book a new appointment at any time by signing in to "
						+ "CareFlow." + SIGNATURE);
	}

	static Email visitSummaryReady(Recipient patient, Optional<DoctorName> doctor, String appointmentId) {
		return new Email(patient.email(), VISIT_SUMMARY,
				greeting(patient) + "The summary of your visit" + with(doctor) + " is ready.\n\n"
						+ "To protect your privacy we do not send health information by email: please sign in to "
						+ "CareFlow to read it.\n\n" + reference(appointmentId).stripTrailing() + SIGNATURE);
	}

	static Email reminder(Recipient patient, Appointment appointment, Clinic clinic, AppointmentLinks links) {
		return new Email(patient.email(), REMINDER,
				greeting(patient) + "This is a reminder of your appointment" + with(appointment.doctor()) + " on "
						+ appointment.time(patient) + ".\n\n" + "Where: " + clinic.place() + "\n\n"
						+ reference(appointment.id()) + changeLinks("If you cannot come", links) + SIGNATURE);
	}

	static Email doctorBooked(Recipient doctor, String patientName, String appointmentId, Instant start,
			String timeZone) {
		return new Email(doctor.email(), DOCTOR_BOOKED,
				greeting(doctor) + patientName + " booked an appointment with you on "
						+ AppointmentTime.format(start, timeZone) + ".\n\n" + reference(appointmentId)
						+ "Your day in CareFlow lists it." + SIGNATURE);
	}

	static Email doctorCancelled(Recipient doctor, String patientName, String appointmentId, Instant start,
			String timeZone) {
		return new Email(doctor.email(), DOCTOR_CANCELLED,
				greeting(doctor) + "The appointment of " + patientName + " with you on "
						+ AppointmentTime.format(start, timeZone) + " was cancelled; the time is free again.\n\n"
						+ reference(appointmentId).stripTrailing() + SIGNATURE);
	}

	static Email doctorMoved(Recipient doctor, String patientName, String appointmentId, Instant start,
			Instant previousStart, String timeZone) {
		return new Email(doctor.email(), DOCTOR_MOVED,
				greeting(doctor) + "The appointment of " + patientName + " with you on "
						+ AppointmentTime.format(previousStart, timeZone) + " was moved to "
						+ AppointmentTime.format(start, timeZone) + ".\n\n" + reference(appointmentId).stripTrailing()
						+ SIGNATURE);
	}

	/**
	 * The cancel and reschedule links, and signing in as the way that needs no link.
	 * @param ifYouCannotCome the start of the sentence that offers to cancel
	 */
	private static String changeLinks(String ifYouCannotCome, AppointmentLinks links) {
		return ifYouCannotCome + ", please cancel it, so that someone else can have the time:\n" + links.cancel()
				+ "\n\n" + "To move it to another time:\n" + links.reschedule() + "\n\n"
				+ "You can also sign in to CareFlow and cancel or reschedule it under Appointments. Each link works "
				+ "once, until the appointment starts; " + DO_NOT_FORWARD;
	}

	private static String greeting(Recipient patient) {
		return "Hello " + patient.fullName() + ",\n\n";
	}

	private static String with(Optional<DoctorName> doctor) {
		return doctor.map(name -> " with " + name.display()).orElse("");
	}

	private static String reference(String appointmentId) {
		return "Appointment reference: " + appointmentId + "\n\n";
	}

	/**
	 * An appointment as a patient's email shows it.
	 *
	 * @param id its reference
	 * @param doctor its doctor, if known yet
	 * @param start when it starts
	 * @param timeZone the doctor's zone, the one times are shown in
	 */
	record Appointment(String id, Optional<DoctorName> doctor, Instant start, String timeZone) {

		/** In the doctor's zone, and in the patient's own too where the clock differs. */
		String time(Recipient patient) {
			return AppointmentTime.format(this.start, this.timeZone, patient.timeZone());
		}

	}

}
