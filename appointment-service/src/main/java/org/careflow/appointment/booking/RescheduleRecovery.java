package org.careflow.appointment.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.careflow.appointment.domain.Actor;
import org.careflow.appointment.domain.Appointment;
import org.careflow.appointment.domain.AppointmentStatus;
import org.careflow.appointment.scheduling.SlotClaims;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes reschedules whose process stopped half-way, on whichever replica looks first:
 * the new appointment stored → the old one is cancelled as replaced and its slot freed;
 * not stored → the claim made for it is given back. Either way the patient ends with
 * exactly one active appointment and no slot stays blocked. A reschedule takes seconds at
 * most (the scheduling calls are bounded), so one begun longer ago than
 * {@code careflow.reschedule.interrupted-after} (a minute) and still listed has lost its
 * process. Each step is conditional (version or insert), so two replicas finishing the
 * same one do it once.
 */
@Component
public class RescheduleRecovery {

	private static final Logger log = LoggerFactory.getLogger(RescheduleRecovery.class);

	private final ReschedulesInFlight inFlight;

	private final AppointmentStore store;

	private final Reschedules reschedules;

	private final SlotClaims slots;

	private final Duration interruptedAfter;

	private final Clock clock;

	RescheduleRecovery(ReschedulesInFlight inFlight, AppointmentStore store, Reschedules reschedules, SlotClaims slots,
			RescheduleProperties properties, Clock clock) {
		this.inFlight = inFlight;
		this.store = store;
		this.reschedules = reschedules;
		this.slots = slots;
		this.interruptedAfter = properties.interruptedAfter();
		this.clock = clock;
	}

	@Scheduled(initialDelay = 5_000, fixedDelayString = "${careflow.reschedule.recovery-every}")
	void recoverOnSchedule() {
		try {
			recover(this.clock.instant().minus(this.interruptedAfter));
		}
		catch (DataAccessException storeUnavailable) {
			log.warn("Interrupted reschedules not looked at: {}", storeUnavailable.getMessage());
		}
	}

	/**
	 * @return how many interrupted reschedules were finished or undone
	 */
	public int recover(Instant begunBefore) {
		int recovered = 0;
		for (ReschedulesInFlight.InFlight interrupted : this.inFlight.begunBefore(begunBefore)) {
			try {
				finish(interrupted);
				this.inFlight.end(interrupted.id());
				recovered++;
			}
			catch (OptimisticLockingFailureException changedMeanwhile) {
				// another replica is finishing it; the next look sees it gone or done
			}
		}
		return recovered;
	}

	private void finish(ReschedulesInFlight.InFlight interrupted) {
		Instant now = this.clock.instant();
		Optional<Appointment> next = this.store.find(interrupted.newId());
		if (next.isEmpty()) {
			// stopped before the new appointment was stored: the old one stands
			this.slots.release(interrupted.doctorId(), interrupted.newStart(), interrupted.newId());
			log.info("Interrupted reschedule of {} undone: the new slot was given back", interrupted.id());
			return;
		}
		Appointment old = this.store.find(interrupted.id()).orElse(null);
		if (old == null) {
			return;
		}
		if (old.status() == AppointmentStatus.BOOKED) {
			old.markReplacedBy(interrupted.newId(), Actor.CAREFLOW, now);
			this.reschedules.replace(old, next.get(), Actor.CAREFLOW, now);
			log.info("Interrupted reschedule of {} to {} finished", interrupted.id(), interrupted.newId());
		}
		else if (!interrupted.newId().equals(old.snapshot().replacedBy())) {
			// the original was cancelled or checked in meanwhile: the move lost
			this.reschedules.undo(next.get(), now);
		}
		else if (old.freesABookableSlotAt(now)) {
			this.slots.release(old.doctorId(), old.start(), old.id());
		}
	}

}
