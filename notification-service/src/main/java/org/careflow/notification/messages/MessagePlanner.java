package org.careflow.notification.messages;

import java.time.Instant;
import java.util.Optional;

import org.careflow.events.AppointmentBooked;
import org.careflow.events.AppointmentCancelled;
import org.careflow.events.AppointmentCheckedIn;
import org.careflow.events.AppointmentEnteredInError;
import org.careflow.events.AppointmentFulfilled;
import org.careflow.events.AppointmentNoShow;
import org.careflow.events.AppointmentRescheduled;
import org.careflow.events.CareFlowEvent;
import org.careflow.events.ChartEntryCreated;
import org.careflow.events.DepartmentRemoved;
import org.careflow.events.DepartmentSaved;
import org.careflow.events.DoctorRegistered;
import org.careflow.events.DoctorUpdated;
import org.careflow.events.PatientAdmitted;
import org.careflow.events.PatientAnonymised;
import org.careflow.events.PatientDeactivated;
import org.careflow.events.PatientDischarged;
import org.careflow.events.PatientNotificationPreferencesChanged;
import org.careflow.events.PatientRegistered;
import org.careflow.events.PatientUpdated;
import org.careflow.events.PrescriptionCreated;
import org.careflow.events.PrescriptionFilled;
import org.careflow.events.PrescriptionRevoked;
import org.careflow.events.ScheduleBookingsWithdrawn;
import org.careflow.events.ScheduleSlotsOpened;
import org.careflow.events.VisitUpdated;
import org.careflow.events.WaitlistOffered;

/** Decides which email, if any, an event sends, and to whom. */
public class MessagePlanner {

	private final Directory directory;

	private final ActionLinks links;

	private final CalendarChain calendar;

	private final CalendarInvite.Organizer organizer;

	private final Emails emails;

	/**
	 * @param links the signed action links of patients' emails
	 * @param calendar which calendar event each appointment's invites update
	 * @param organizer who the invites come from
	 * @param clinic who the emails speak for, and where the visits take place
	 * @param templates the words of the emails
	 */
	public MessagePlanner(Directory directory, ActionLinks links, CalendarChain calendar,
			CalendarInvite.Organizer organizer, Clinic clinic, EmailTemplates templates) {
		this.directory = directory;
		this.links = links;
		this.calendar = calendar;
		this.organizer = organizer;
		this.emails = new Emails(templates, clinic);
	}

	/** With the built-in templates. */
	public MessagePlanner(Directory directory, ActionLinks links, CalendarChain calendar,
			CalendarInvite.Organizer organizer, Clinic clinic) {
		this(directory, links, calendar, organizer, clinic, EmailTemplates.builtIn());
	}

	/**
	 * The email that tells the doctor of a change on their calendar: a booking, a
	 * cancellation, a move. Their own doing too: an email in their inbox is the record a
	 * doctor's calendar app or assistant reads.
	 * @return empty for other events, or when the doctor's address is not known
	 */
	public Optional<Email> doctorEmailFor(CareFlowEvent event) {
		return switch (event) {
			case AppointmentBooked booked -> this.directory.doctorAddress(booked.doctorId())
				.map(doctor -> this.emails.doctorBooked(doctor, patientName(booked.patientId()), booked.aggregateId(),
						booked.start(), booked.timeZone()));
			case AppointmentCancelled cancelled -> this.directory.doctorAddress(cancelled.doctorId())
				.map(doctor -> this.emails.doctorCancelled(doctor, patientName(cancelled.patientId()),
						cancelled.aggregateId(), cancelled.start(), cancelled.timeZone()));
			case AppointmentRescheduled moved -> this.directory.doctorAddress(moved.doctorId())
				.map(doctor -> this.emails.doctorMoved(doctor, patientName(moved.patientId()), moved.aggregateId(),
						moved.start(), moved.previousStart(), moved.timeZone()));
			default -> Optional.empty();
		};
	}

	/** The doctor's email of an event, logged as its own message. */
	public static String doctorMessageIdOf(CareFlowEvent event) {
		return messageIdOf(event) + ":doctor";
	}

	/** Which email an event's email is, for the message log that sends each once. */
	public static String messageIdOf(CareFlowEvent event) {
		return event.eventId().toString();
	}

	/**
	 * The reminder of an appointment, in the doctor's time zone.
	 * @throws UnknownPatientException if the patient is not known (yet)
	 */
	public Email reminder(String appointmentId, String patientId, String doctorId, Instant start, String timeZone) {
		Recipient patient = this.directory.patient(patientId)
			.orElseThrow(() -> new UnknownPatientException(patientId, "reminder"));
		return this.emails
			.reminder(patient, new Emails.Appointment(appointmentId, doctor(doctorId), start, timeZone),
					this.links.forAppointment(appointmentId, patientId, start))
			.about(patientId, appointmentId)
			.unlessTurnedOff(patient.wantsReminders());
	}

	/**
	 * "Your visit summary is ready", unless the patient turned it off.
	 * @throws UnknownPatientException if the patient is not known (yet)
	 */
	public Email visitSummary(String appointmentId, String patientId, String doctorId) {
		Recipient patient = this.directory.patient(patientId)
			.orElseThrow(() -> new UnknownPatientException(patientId, VisitUpdated.TYPE));
		return this.emails.visitSummaryReady(patient, doctor(doctorId), appointmentId)
			.about(patientId, appointmentId)
			.unlessTurnedOff(patient.wantsVisitSummaries());
	}

	/**
	 * The email the event calls for.
	 * @return empty when the event tells nobody anything (e.g. a doctor was added)
	 * @throws UnknownPatientException if the event is about a patient not known yet
	 */
	public Optional<Email> emailFor(CareFlowEvent event) {
		return draft(event).map(email -> email.about(patientOf(event), appointmentOf(event)));
	}

	private Optional<Email> draft(CareFlowEvent event) {
		return switch (event) {
			case PatientRegistered registered -> Optional.of(
					this.emails.welcome(
							new Recipient(registered.email(), registered.firstName(), registered.lastName()), this.links
								.verifyEmail(registered.aggregateId(), registered.email(), registered.occurredAt()),
							this.links.verifyEmailValidity()));
			case DoctorRegistered ignored -> Optional.empty();
			// the contact book records the new name; nobody is emailed about it
			case DoctorUpdated ignored -> Optional.empty();
			// careflow.departments is not read: no email shows a department
			case DepartmentSaved ignored -> Optional.empty();
			case DepartmentRemoved ignored -> Optional.empty();
			// where a patient lies, and an account closed, send no email (issue 10 asks
			// none)
			case PatientAdmitted ignored -> Optional.empty();
			case PatientDischarged ignored -> Optional.empty();
			case PatientDeactivated ignored -> Optional.empty();
			// the contact book follows the new name or address, or forgets them
			case PatientUpdated ignored -> Optional.empty();
			case PatientAnonymised ignored -> Optional.empty();
			case AppointmentBooked booked -> {
				Recipient patient = patient(booked.patientId(), event);
				Optional<DoctorName> doctor = doctor(booked.doctorId());
				Emails.Appointment shown = new Emails.Appointment(booked.aggregateId(), doctor, booked.start(),
						booked.timeZone());
				AppointmentLinks links = this.links.forAppointment(booked.aggregateId(), booked.patientId(),
						booked.start());
				yield Optional.of(this.emails.booked(patient, shown, links)
					.withInvite(CalendarInvite.request(new CalendarInvite.Details(
							CalendarEventId.firstOf(booked.aggregateId()), booked.start(), booked.end(),
							booked.timeZone(), doctor, patient, this.organizer, booked.occurredAt()))));
			}
			case AppointmentCancelled cancelled -> Optional.of(cancellation(cancelled.aggregateId(),
					patient(cancelled.patientId(), event), doctor(cancelled.doctorId()), cancelled.start(),
					cancelled.end(), cancelled.timeZone(), cancelled.occurredAt()));
			case AppointmentRescheduled moved -> {
				Recipient patient = patient(moved.patientId(), event);
				Optional<DoctorName> doctor = doctor(moved.doctorId());
				Emails.Appointment shown = new Emails.Appointment(moved.aggregateId(), doctor, moved.start(),
						moved.timeZone());
				// the links act on the new appointment (the event's id), at its new time
				AppointmentLinks links = this.links.forAppointment(moved.aggregateId(), moved.patientId(),
						moved.start());
				yield Optional.of(this.emails.rescheduled(patient, shown, moved.previousStart(), links)
					.withInvite(CalendarInvite.request(new CalendarInvite.Details(
							this.calendar.rescheduled(moved.aggregateId(), moved.replacesId()), moved.start(),
							moved.end(), moved.timeZone(), doctor, patient, this.organizer, moved.occurredAt()))));
			}
			// each withdrawn appointment is cancelled, and its cancellation email follows
			case ScheduleBookingsWithdrawn ignored -> Optional.empty();
			// not on a topic read here; an opened slot reaches a patient as
			// waitlist.offered
			case ScheduleSlotsOpened ignored -> Optional.empty();
			case WaitlistOffered offered -> Optional.of(this.emails.waitlistOffer(patient(offered.patientId(), event),
					doctor(offered.doctorId()), offered.start(), offered.expiresAt(), offered.timeZone(),
					this.links.acceptOffer(offered.offerId(), offered.patientId(), offered.expiresAt())));
			// it should never have existed: a patient who was expecting it is told it is
			// off
			case AppointmentEnteredInError voided -> voided.start().isAfter(voided.occurredAt()) ? Optional
				.of(cancellation(voided.aggregateId(), patient(voided.patientId(), event), doctor(voided.doctorId()),
						voided.start(), voided.end(), voided.timeZone(), voided.occurredAt()))
					: Optional.empty();
			case AppointmentNoShow missed -> Optional.of(this.emails.missed(patient(missed.patientId(), event),
					doctor(missed.doctorId()), missed.aggregateId(), missed.start(), missed.timeZone()));
			// the patient is at the clinic; the visit summary email follows visit.updated
			case AppointmentCheckedIn ignored -> Optional.empty();
			case AppointmentFulfilled ignored -> Optional.empty();
			// planned instead: one email per visit once the edits settle (summaries
			// package)
			case VisitUpdated ignored -> Optional.empty();
			// the contact book records it; nobody is emailed about their own choice
			case PatientNotificationPreferencesChanged ignored -> Optional.empty();
			// the prescription emails name no medication: the events carry none
			case PrescriptionCreated written ->
				Optional.of(this.emails.prescriptionReady(patient(written.patientId(), event),
						doctor(written.prescriberId()), written.aggregateId(), written.validUntil()));
			case PrescriptionFilled filled ->
				Optional.of(this.emails.prescriptionFilled(patient(filled.patientId(), event), filled.aggregateId(),
						filled.occurredAt(), filled.refillsRemaining()));
			// cancelled or entered in error, the patient's paper is void either way: they
			// are told, so they do not take it to a pharmacy that will refuse it
			case PrescriptionRevoked revoked ->
				Optional.of(this.emails.prescriptionCancelled(patient(revoked.patientId(), event),
						revoked.aggregateId(), revoked.occurredAt()));
			// not on a topic read here: a new chart entry is read in CareFlow, and an
			// email
			// saying "something was added to your chart" would only send people to sign
			// in
			// with nothing to act on
			case ChartEntryCreated ignored -> Optional.empty();
		};
	}

	/** Whose message log an event's email goes in. */
	private static String patientOf(CareFlowEvent event) {
		return switch (event) {
			case PatientRegistered registered -> registered.aggregateId();
			case AppointmentBooked booked -> booked.patientId();
			case AppointmentCancelled cancelled -> cancelled.patientId();
			case AppointmentRescheduled moved -> moved.patientId();
			case WaitlistOffered offered -> offered.patientId();
			case AppointmentEnteredInError voided -> voided.patientId();
			case AppointmentNoShow missed -> missed.patientId();
			case PrescriptionCreated written -> written.patientId();
			case PrescriptionFilled filled -> filled.patientId();
			case PrescriptionRevoked revoked -> revoked.patientId();
			default -> null;
		};
	}

	/**
	 * The appointment an event's email is about, if any (a waitlist offer is a slot, a
	 * prescription no appointment).
	 */
	private static String appointmentOf(CareFlowEvent event) {
		return switch (event) {
			case PatientRegistered ignored -> null;
			case WaitlistOffered ignored -> null;
			case PrescriptionCreated ignored -> null;
			case PrescriptionFilled ignored -> null;
			case PrescriptionRevoked ignored -> null;
			default -> event.aggregateId();
		};
	}

	/** The cancellation email, which takes the appointment out of the calendar too. */
	private Email cancellation(String appointmentId, Recipient patient, Optional<DoctorName> doctor, Instant start,
			Instant end, String timeZone, Instant occurredAt) {
		return this.emails.cancelled(patient, doctor, appointmentId, start, timeZone)
			.withInvite(CalendarInvite.cancel(new CalendarInvite.Details(this.calendar.cancelled(appointmentId), start,
					end, timeZone, doctor, patient, this.organizer, occurredAt)));
	}

	private String patientName(String patientId) {
		return this.directory.patient(patientId).map(Recipient::fullName).orElse("A patient");
	}

	private Recipient patient(String patientId, CareFlowEvent event) {
		return this.directory.patient(patientId)
			.orElseThrow(() -> new UnknownPatientException(patientId, event.type()));
	}

	/** A doctor not known yet only makes the email less specific; it still goes out. */
	private Optional<DoctorName> doctor(String doctorId) {
		return (doctorId != null) ? this.directory.doctor(doctorId) : Optional.empty();
	}

}
