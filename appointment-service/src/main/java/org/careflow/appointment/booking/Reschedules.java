package org.careflow.appointment.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.careflow.appointment.domain.ActionNotAllowedException;
import org.careflow.appointment.domain.Actor;
import org.careflow.appointment.domain.Appointment;
import org.careflow.appointment.domain.AppointmentConflictException;
import org.careflow.appointment.domain.AppointmentRuleException;
import org.careflow.appointment.domain.AppointmentStatus;
import org.careflow.appointment.domain.BookedSlot;
import org.careflow.appointment.domain.BookingRules;
import org.careflow.appointment.domain.StartOutOfRangeException;
import org.careflow.appointment.scheduling.SlotClaims;
import org.careflow.appointment.scheduling.SlotTakenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Moves a booked appointment to another slot of its doctor without the patient ever
 * holding neither or both: the new slot is claimed first, then the new appointment is
 * stored, then the old one is cancelled (reason "rescheduled") and its slot freed. Two
 * documents, no transactions: a {@link ReschedulesInFlight} entry, written before the
 * claim and removed at the end, lets {@link RescheduleRecovery} finish a reschedule whose
 * process stopped half-way (or undo one that never stored the new appointment).
 */
@Service
public class Reschedules {

	private static final Logger log = LoggerFactory.getLogger(Reschedules.class);

	private final AppointmentStore store;

	private final ReschedulesInFlight inFlight;

	private final BookingLeases leases;

	private final SlotClaims slots;

	private final Bookings bookings;

	private final AppointmentAudit audit;

	private final BookingRules rules;

	private final FailPoints failPoints;

	private final Clock clock;

	Reschedules(AppointmentStore store, ReschedulesInFlight inFlight, BookingLeases leases, SlotClaims slots,
			Bookings bookings, AppointmentAudit audit, BookingProperties properties, FailPoints failPoints,
			Clock clock) {
		this.store = store;
		this.inFlight = inFlight;
		this.leases = leases;
		this.slots = slots;
		this.bookings = bookings;
		this.audit = audit;
		this.rules = properties.rules();
		this.failPoints = failPoints;
		this.clock = clock;
	}

	/**
	 * @param holdId the patient's hold of the new slot, or {@code null}
	 * @return the new appointment
	 * @throws AppointmentNotFoundException for anyone but its patient, its doctor and
	 * admins
	 */
	public Appointment reschedule(String id, Actor actor, Instant newStart, String holdId) {
		Instant now = this.clock.instant();
		Appointment old = this.store.find(id).orElseThrow(() -> new AppointmentNotFoundException(id));
		if (!old.isVisibleTo(actor) && !actor.isAdmin()) {
			this.audit.denied(actor, AppointmentAudit.RESCHEDULE, old);
			throw new AppointmentNotFoundException(id);
		}
		try {
			old.requireReschedulableBy(actor, newStart);
			this.rules.checkStart(newStart, now);
		}
		catch (ActionNotAllowedException | AppointmentRuleException | AppointmentConflictException
				| StartOutOfRangeException refused) {
			this.audit.denied(actor, AppointmentAudit.RESCHEDULE, old);
			throw refused;
		}
		try (BookingLeases.Lease lease = this.leases.acquire(old.patientId())) {
			Appointment next = move(old, actor, newStart, holdId, now);
			this.audit.succeeded(actor, AppointmentAudit.RESCHEDULE, next);
			return next;
		}
	}

	private Appointment move(Appointment old, Actor actor, Instant newStart, String holdId, Instant now) {
		String newId = UUID.randomUUID().toString();
		if (!this.inFlight.begin(new ReschedulesInFlight.InFlight(old.id(), newId, old.doctorId(), newStart, now))) {
			throw new AppointmentConflictException("The appointment is being rescheduled already; try again shortly.");
		}
		Appointment next;
		try {
			BookedSlot slot = this.slots.claim(old.doctorId(), newStart, newId, old.patientId(), holdId);
			this.bookings.requireNoOverlap(this.store.upcoming(old.patientId(), now), slot, newId, old.id());
			next = old.rescheduleTo(newId, slot, actor, now);
			insert(next);
		}
		catch (RuntimeException beforeTheNewAppointmentWasStored) {
			// nothing was stored: the old appointment stands; a claim left at scheduling
			// is given back on the failure paths that made one, else it expires there
			this.inFlight.end(old.id());
			throw beforeTheNewAppointmentWasStored;
		}
		// from here on, should this process stop, RescheduleRecovery finishes the move
		this.failPoints.reached(FailPoints.RESCHEDULE_NEW_APPOINTMENT_STORED);
		replace(old, next, actor, now);
		this.bookings.noteArrivalDeadline(next);
		this.inFlight.end(old.id());
		return next;
	}

	private void insert(Appointment next) {
		try {
			this.store.insert(next);
		}
		catch (DuplicateKeyException activeAppointmentHoldsSlot) {
			BookedSlot slot = next.slot();
			this.slots.release(slot.doctorId(), slot.start(), next.id());
			throw new SlotTakenException();
		}
	}

	/**
	 * Cancels the old appointment now that the new one is stored, and frees its slot at
	 * once (the rescheduled event frees it too, should scheduling be unreachable now). If
	 * someone changed the old appointment meanwhile, it is read again: still booked, it
	 * is replaced all the same; otherwise (cancelled or checked in meanwhile) the move
	 * lost to that change, and the new appointment is withdrawn.
	 */
	void replace(Appointment old, Appointment next, Actor actor, Instant now) {
		Appointment current = old;
		for (int attempt = 0; attempt < 3; attempt++) {
			if (current != old) {
				if (current.status() != AppointmentStatus.BOOKED) {
					undo(next, now);
					throw new AppointmentConflictException("The appointment changed while it was being rescheduled ("
							+ current.status().code() + "); nothing was moved.");
				}
				current.markReplacedBy(next.id(), actor, now);
			}
			try {
				this.store.update(current);
				if (current.freesABookableSlotAt(now)) {
					BookedSlot slot = current.slot();
					this.slots.release(slot.doctorId(), slot.start(), current.id());
				}
				return;
			}
			catch (OptimisticLockingFailureException changedMeanwhile) {
				current = this.store.find(old.id()).orElseThrow(() -> new AppointmentNotFoundException(old.id()));
			}
		}
		throw new AppointmentConflictException("The appointment kept changing while it was being rescheduled.");
	}

	/** The new appointment of a move that cannot be completed is cancelled again. */
	void undo(Appointment next, Instant now) {
		Appointment stored = this.store.find(next.id()).orElse(null);
		if (stored != null && stored.withdraw(Appointment.RESCHEDULE_UNDONE, now)) {
			this.store.update(stored);
			BookedSlot slot = stored.slot();
			this.slots.release(slot.doctorId(), slot.start(), stored.id());
			log.warn("Reschedule of {} to {} undone: the original changed meanwhile", next.replaces(), next.id());
		}
	}

}
