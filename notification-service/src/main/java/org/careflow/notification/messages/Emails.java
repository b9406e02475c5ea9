package org.careflow.notification.messages;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.careflow.platform.validation.IanaTimeZone;

/**
 * Every email, from its templates ({@link EmailTemplates}) and the values its kind
 * offers. Emails travel and sit in inboxes unprotected, so they carry no health data: no
 * visit reason, vitals or notes, no medication; the patient signs in to read those. The
 * action links in a patient's emails (verify the address, cancel, reschedule, accept an
 * offer) name only ids and times; doctors' emails and the cancellation carry none.
 */
final class Emails {

	private final EmailTemplates templates;

	private final Clinic clinic;

	Emails(EmailTemplates templates, Clinic clinic) {
		this.templates = templates;
		this.clinic = clinic;
	}

	/**
	 * @param verifyLink confirms the address the email went to
	 * @param validity how long that link works
	 */
	Email welcome(Recipient patient, String verifyLink, Duration validity) {
		return email(EmailKind.WELCOME, patient,
				Map.of("verifyLink", verifyLink, "verifyLinkValidity", LinkValidity.describe(validity)));
	}

	Email booked(Recipient patient, Appointment appointment, AppointmentLinks links) {
		return email(EmailKind.BOOKED, patient,
				Map.of("doctor", display(appointment.doctor()), "time", appointment.time(patient), "appointmentId",
						appointment.id(), "whatToBring", this.clinic.whatToBring(), "cancelLink", links.cancel(),
						"rescheduleLink", links.reschedule()));
	}

	Email cancelled(Recipient patient, Optional<DoctorName> doctor, String appointmentId, Instant start,
			String timeZone) {
		return email(EmailKind.CANCELLED, patient, Map.of("doctor", display(doctor), "time",
				AppointmentTime.format(start, timeZone), "appointmentId", appointmentId));
	}

	Email rescheduled(Recipient patient, Appointment appointment, Instant previousStart, AppointmentLinks links) {
		return email(EmailKind.RESCHEDULED, patient, Map.of("doctor", display(appointment.doctor()), "previousTime",
				AppointmentTime.format(previousStart, appointment.timeZone()), "time", appointment.time(patient),
				"appointmentId", appointment.id(), "cancelLink", links.cancel(), "rescheduleLink", links.reschedule()));
	}

	Email waitlistOffer(Recipient patient, Optional<DoctorName> doctor, Instant start, Instant expiresAt,
			String timeZone, String acceptLink) {
		return email(EmailKind.WAITLIST_OFFER, patient,
				Map.of("doctor", display(doctor), "time", AppointmentTime.format(start, timeZone), "heldUntil",
						AppointmentTime.format(expiresAt, timeZone), "acceptLink", acceptLink));
	}

	Email missed(Recipient patient, Optional<DoctorName> doctor, String appointmentId, Instant start, String timeZone) {
		return email(EmailKind.MISSED, patient, Map.of("doctor", display(doctor), "time",
				AppointmentTime.format(start, timeZone), "appointmentId", appointmentId));
	}

	Email visitSummaryReady(Recipient patient, Optional<DoctorName> doctor, String appointmentId) {
		return email(EmailKind.VISIT_SUMMARY_READY, patient,
				Map.of("doctor", display(doctor), "appointmentId", appointmentId));
	}

	Email reminder(Recipient patient, Appointment appointment, AppointmentLinks links) {
		return email(EmailKind.REMINDER, patient,
				Map.of("doctor", display(appointment.doctor()), "time", appointment.time(patient), "appointmentId",
						appointment.id(), "whatToBring", this.clinic.whatToBring(), "cancelLink", links.cancel(),
						"rescheduleLink", links.reschedule()));
	}

	Email doctorBooked(Recipient doctor, String patientName, String appointmentId, Instant start, String timeZone) {
		return email(EmailKind.DOCTOR_BOOKED, doctor, Map.of("patientName", patientName, "time",
				AppointmentTime.format(start, timeZone), "appointmentId", appointmentId));
	}

	Email doctorCancelled(Recipient doctor, String patientName, String appointmentId, Instant start, String timeZone) {
		return email(EmailKind.DOCTOR_CANCELLED, doctor, Map.of("patientName", patientName, "time",
				AppointmentTime.format(start, timeZone), "appointmentId", appointmentId));
	}

	Email doctorMoved(Recipient doctor, String patientName, String appointmentId, Instant start, Instant previousStart,
			String timeZone) {
		return email(EmailKind.DOCTOR_MOVED, doctor,
				Map.of("patientName", patientName, "previousTime", AppointmentTime.format(previousStart, timeZone),
						"time", AppointmentTime.format(start, timeZone), "appointmentId", appointmentId));
	}

	/**
	 * "Your prescription is ready": who wrote it and until when it can be filled, never
	 * what it is.
	 * @param validUntil when it can no longer be filled, or {@code null} if not said
	 */
	Email prescriptionReady(Recipient patient, Optional<DoctorName> prescriber, String prescriptionId,
			Instant validUntil) {
		return email(EmailKind.PRESCRIPTION_READY, patient,
				Map.of("doctor", prescriber.map(DoctorName::formalName).orElse(""), "validUntil",
						(validUntil != null) ? patientTime(validUntil, patient) : "", "prescriptionId",
						prescriptionId));
	}

	/**
	 * @param refillsRemaining fills left after this one; none below one
	 */
	Email prescriptionFilled(Recipient patient, String prescriptionId, Instant filledAt, int refillsRemaining) {
		return email(EmailKind.PRESCRIPTION_FILLED, patient,
				Map.of("filledAt", patientTime(filledAt, patient), "refillsRemaining",
						(refillsRemaining > 0) ? String.valueOf(refillsRemaining) : "", "prescriptionId",
						prescriptionId));
	}

	Email prescriptionCancelled(Recipient patient, String prescriptionId, Instant cancelledAt) {
		return email(EmailKind.PRESCRIPTION_CANCELLED, patient,
				Map.of("cancelledAt", patientTime(cancelledAt, patient), "prescriptionId", prescriptionId));
	}

	/**
	 * A time that is on no doctor's calendar: in the patient's own zone if they named
	 * one, else in the clinic's.
	 */
	private String patientTime(Instant instant, Recipient patient) {
		String zone = IanaTimeZone.Validator.isKnown(patient.timeZone()) ? patient.timeZone() : this.clinic.timeZone();
		return AppointmentTime.format(instant, zone);
	}

	private Email email(EmailKind kind, Recipient to, Map<String, String> values) {
		Map<String, String> all = new HashMap<>(values);
		all.put("recipientName", to.fullName());
		return new Email(to.email(), this.templates.render(kind, this.clinic, all));
	}

	/**
	 * An unknown doctor is empty: the templates leave out what they would say of them.
	 */
	private static String display(Optional<DoctorName> doctor) {
		return doctor.map(DoctorName::display).orElse("");
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
