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
import org.careflow.events.DoctorRegistered;
import org.careflow.events.PatientRegistered;
import org.careflow.events.ScheduleBookingsWithdrawn;
import org.careflow.events.ScheduleSlotsOpened;
import org.careflow.events.VisitUpdated;
import org.careflow.events.WaitlistOffered;

/** Decides which email, if any, an event sends, and to whom. */
public class MessagePlanner {

	private final Directory directory;

	private final String apiUrl;

	private final CalendarChain calendar;

	private final CalendarInvite.Organizer organizer;

	/**
	 * @param apiUrl where patients reach the API (the gateway), for links in emails
	 * @param calendar which calendar event each appointment's invites update
	 * @param organizer who the invites come from
	 */
	public MessagePlanner(Directory directory, String apiUrl, CalendarChain calendar,
			CalendarInvite.Organizer organizer) {
		this.directory = directory;
		this.apiUrl = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
		this.calendar = calendar;
		this.organizer = organizer;
	}

	/**
	 * The email the event calls for.
	 * @return empty when the event tells nobody anything (e.g. a doctor was added)
	 * @throws UnknownPatientException if the event is about a patient not known yet
	 */
	public Optional<Email> emailFor(CareFlowEvent event) {
		return switch (event) {
			case PatientRegistered registered -> Optional
				.of(Emails.welcome(new Recipient(registered.email(), registered.firstName(), registered.lastName())));
			case DoctorRegistered ignored -> Optional.empty();
			case AppointmentBooked booked -> {
				Recipient patient = patient(booked.patientId(), event);
				Optional<DoctorName> doctor = doctor(booked.doctorId());
				yield Optional
					.of(Emails.booked(patient, doctor, booked.aggregateId(), booked.start(), booked.timeZone())
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
				yield Optional.of(Emails
					.rescheduled(patient, doctor, moved.aggregateId(), moved.start(), moved.previousStart(),
							moved.timeZone())
					.withInvite(CalendarInvite.request(new CalendarInvite.Details(
							this.calendar.rescheduled(moved.aggregateId(), moved.replacesId()), moved.start(),
							moved.end(), moved.timeZone(), doctor, patient, this.organizer, moved.occurredAt()))));
			}
			// each withdrawn appointment is cancelled, and its cancellation email follows
			case ScheduleBookingsWithdrawn ignored -> Optional.empty();
			// not on a topic read here; an opened slot reaches a patient as
			// waitlist.offered
			case ScheduleSlotsOpened ignored -> Optional.empty();
			case WaitlistOffered offered -> Optional.of(Emails.waitlistOffer(patient(offered.patientId(), event),
					doctor(offered.doctorId()), offered.start(), offered.expiresAt(), offered.timeZone(),
					this.apiUrl + "/api/waitlist/offers/" + offered.offerId() + "/accept"));
			// it should never have existed: a patient who was expecting it is told it is
			// off
			case AppointmentEnteredInError voided -> voided.start().isAfter(voided.occurredAt()) ? Optional
				.of(cancellation(voided.aggregateId(), patient(voided.patientId(), event), doctor(voided.doctorId()),
						voided.start(), voided.end(), voided.timeZone(), voided.occurredAt()))
					: Optional.empty();
			case AppointmentNoShow missed -> Optional.of(Emails.missed(patient(missed.patientId(), event),
					doctor(missed.doctorId()), missed.aggregateId(), missed.start(), missed.timeZone()));
			// the patient is at the clinic; the visit summary email follows visit.updated
			case AppointmentCheckedIn ignored -> Optional.empty();
			case AppointmentFulfilled ignored -> Optional.empty();
			case VisitUpdated visit -> Optional.of(Emails.visitSummaryReady(patient(visit.patientId(), event),
					doctor(visit.doctorId()), visit.aggregateId()));
		};
	}

	/** The cancellation email, which takes the appointment out of the calendar too. */
	private Email cancellation(String appointmentId, Recipient patient, Optional<DoctorName> doctor, Instant start,
			Instant end, String timeZone, Instant occurredAt) {
		return Emails.cancelled(patient, doctor, appointmentId, start, timeZone)
			.withInvite(CalendarInvite.cancel(new CalendarInvite.Details(this.calendar.cancelled(appointmentId), start,
					end, timeZone, doctor, patient, this.organizer, occurredAt)));
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
