package org.careflow.appointment.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.careflow.appointment.domain.Actor;
import org.careflow.appointment.domain.Appointment;
import org.careflow.appointment.domain.AppointmentRuleException;
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

	/**
	 * An admin, or the doctor on their own calendar, books an extra patient into a slot
	 * another appointment holds, saying why (audited as {@code overbook}). Nothing is
	 * claimed at scheduling: the slot stays the holder's.
	 * @throws AppointmentRuleException if the slot is not taken (book it as usual) or has
	 * begun
	 * @throws PatientOverlapException if the patient holds an overlapping appointment
	 */
	public Appointment overbook(Actor staff, String patientId, String doctorId, Instant start, String reason,
			String why) {
		Appointment.requireMayOverbook(staff, doctorId);
		Instant now = this.clock.instant();
		this.rules.checkStart(start, now);
		Appointment holder = this.store.activeInSlot(doctorId, start)
			.orElseThrow(() -> new AppointmentRuleException(
					"The slot is free: book it as usual. Only a taken slot can be overbooked."));
		try (BookingLeases.Lease lease = this.leases.acquire(patientId)) {
			this.rules.checkNoOverlap(this.store.upcoming(patientId, now), holder.start(), holder.end(), null);
			Appointment extra = Appointment.overbook(UUID.randomUUID().toString(), patientId, holder.slot(), reason,
					staff, why, now);
			this.store.insert(extra);
			noteArrivalDeadline(extra);
			this.audit.succeeded(staff, AppointmentAudit.OVERBOOK, extra);
			return extra;
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
