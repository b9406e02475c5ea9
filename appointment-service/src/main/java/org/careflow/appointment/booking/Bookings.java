package org.careflow.appointment.booking;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.careflow.appointment.domain.Actor;
import org.careflow.appointment.domain.Appointment;
import org.careflow.appointment.domain.BookedSlot;
import org.careflow.appointment.domain.BookingRules;
import org.careflow.appointment.domain.EmailNotVerifiedException;
import org.careflow.appointment.domain.PatientOverlapException;
import org.careflow.appointment.domain.UpcomingAppointment;
import org.careflow.appointment.domain.UpcomingLimitException;
import org.careflow.appointment.scheduling.SlotClaims;
import org.careflow.appointment.scheduling.SlotTakenException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The booking use case. Everything that can refuse a booking cheaply (a verified email,
 * the start's range, the patient's number of upcoming appointments) is checked before the
 * slot is claimed; the claim comes before the insert, so nothing is stored unconfirmed.
 */
@Service
public class Bookings {

	private static final Logger log = LoggerFactory.getLogger(Bookings.class);

	private final SlotClaims slots;

	private final AppointmentStore store;

	private final BookingLeases leases;

	private final AppointmentAudit audit;

	private final ArrivalDeadlines deadlines;

	private final BookingRules rules;

	private final Duration noShowAfter;

	private final Clock clock;

	Bookings(SlotClaims slots, AppointmentStore store, BookingLeases leases, AppointmentAudit audit,
			ArrivalDeadlines deadlines, BookingProperties properties, LifecycleProperties lifecycle, Clock clock) {
		this.slots = slots;
		this.store = store;
		this.leases = leases;
		this.audit = audit;
		this.deadlines = deadlines;
		this.rules = properties.rules();
		this.noShowAfter = lifecycle.noShowAfter();
		this.clock = clock;
	}

	/** How far ahead a start may lie. */
	public Duration maxAhead() {
		return this.rules.maxAhead();
	}

	/**
	 * Books under the patient's lease, so that two bookings of one patient cannot both
	 * pass the limit on upcoming appointments. If scheduling cannot confirm, nothing is
	 * stored; an unused claim expires there.
	 */
	public Appointment book(Booking booking) {
		Actor patient = booking.patient();
		try {
			this.rules.requireVerifiedEmail(booking.emailVerified());
		}
		catch (EmailNotVerifiedException refused) {
			this.audit.bookingDenied(patient);
			throw refused;
		}
		this.rules.checkStart(booking.start(), this.clock.instant());
		try (BookingLeases.Lease lease = this.leases.acquire(patient.id())) {
			List<UpcomingAppointment> upcoming = this.store.upcoming(patient.id(), this.clock.instant());
			requireRoomForOneMore(patient, upcoming.size());
			String id = UUID.randomUUID().toString();
			BookedSlot slot = this.slots.claim(booking.doctorId(), booking.start(), id, patient.id(), booking.holdId());
			requireNoOverlap(upcoming, slot, id, null);
			Appointment appointment = Appointment.book(id, patient.id(), slot, booking.reason(), this.clock.instant());
			insert(appointment);
			noteArrivalDeadline(appointment);
			this.audit.succeeded(patient, AppointmentAudit.CREATE, appointment);
			return appointment;
		}
	}

	private void requireRoomForOneMore(Actor patient, int upcoming) {
		try {
			this.rules.checkUpcoming(upcoming);
		}
		catch (UpcomingLimitException refused) {
			this.audit.bookingDenied(patient);
			throw refused;
		}
	}

	/**
	 * Checked once the slot is claimed, since only then is its end known; a refused claim
	 * is given back at once (the appointment id is never used again).
	 */
	void requireNoOverlap(List<UpcomingAppointment> upcoming, BookedSlot slot, String claimedFor, String except) {
		try {
			this.rules.checkNoOverlap(upcoming, slot.start(), slot.end(), except);
		}
		catch (PatientOverlapException refused) {
			this.slots.release(slot.doctorId(), slot.start(), claimedFor);
			throw refused;
		}
	}

	/**
	 * After the insert, like the upcoming list: the booking stands whatever happens here;
	 * should this write fail (or the service die first), only the automatic no-show is
	 * missed, and staff can still mark one.
	 */
	void noteArrivalDeadline(Appointment appointment) {
		try {
			this.deadlines.add(appointment.id(), appointment.arrivalDeadline(this.noShowAfter));
		}
		catch (DataAccessException notNoted) {
			log.warn("Appointment {} booked without its no-show deadline: {}", appointment.id(), notNoted.getMessage());
		}
	}

	private void insert(Appointment appointment) {
		try {
			this.store.insert(appointment);
		}
		catch (DuplicateKeyException activeAppointmentHoldsSlot) {
			throw new SlotTakenException();
		}
	}

}
