package org.careflow.appointment.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.careflow.appointment.domain.Actor;
import org.careflow.appointment.domain.Appointment;
import org.careflow.platform.sweep.MinuteBuckets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks the appointments nobody checked in by the grace period after their start as
 * no-shows, exactly once however many replicas run it.
 * <p>
 * Each replica looks every {@code careflow.lifecycle.no-show-sweep-every} at the minutes
 * that fell due since the last look ({@link ArrivalDeadlines}). Two replicas may look at
 * the same minute; each appointment still changes once, because the change is stored only
 * if the appointment is unchanged since it was read (its version): the loser's write
 * matches nothing and it moves on, so one {@code appointment.noshow} is published. The
 * progress moves on only after a look is complete, so a replica that dies midway leaves
 * its minutes to the next look.
 */
@Component
class NoShowSweep {

	private static final Logger log = LoggerFactory.getLogger(NoShowSweep.class);

	private static final Duration FIRST_LOOK = Duration.ofMinutes(MinuteBuckets.MAX_MINUTES_PER_LOOK - 1);

	private final ArrivalDeadlines deadlines;

	private final AppointmentStore store;

	private final AppointmentAudit audit;

	private final Duration grace;

	private final Clock clock;

	NoShowSweep(ArrivalDeadlines deadlines, AppointmentStore store, AppointmentAudit audit,
			LifecycleProperties lifecycle, Clock clock) {
		this.deadlines = deadlines;
		this.store = store;
		this.audit = audit;
		this.grace = lifecycle.noShowAfter();
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${careflow.lifecycle.no-show-sweep-every}",
			fixedDelayString = "${careflow.lifecycle.no-show-sweep-every}")
	void sweepOnSchedule() {
		try {
			sweep();
		}
		catch (DataAccessException storeUnavailable) {
			// nothing is lost: the progress did not move, the next look takes these
			// minutes
			log.warn("No-show check postponed: {}", storeUnavailable.getMessage());
		}
	}

	/**
	 * Looks at the minutes due since the last look (the first look on this database: the
	 * day before, which covers every booking made since this version started).
	 * @return how many appointments became no-shows in this look
	 */
	int sweep() {
		Instant now = this.clock.instant();
		return this.deadlines.sweep(now, FIRST_LOOK, (appointmentId) -> lapse(appointmentId, now));
	}

	private boolean lapse(String appointmentId, Instant now) {
		Optional<Appointment> found = this.store.find(appointmentId);
		if (found.isEmpty() || !found.get().lapseIfNotArrived(this.grace, now)) {
			return false;
		}
		Appointment appointment = found.get();
		try {
			this.store.update(appointment);
		}
		catch (OptimisticLockingFailureException changedMeanwhile) {
			// another replica marked it, or someone checked the patient in just now
			return false;
		}
		this.audit.succeeded(Actor.CAREFLOW, AppointmentAudit.NO_SHOW, appointment);
		return true;
	}

}
