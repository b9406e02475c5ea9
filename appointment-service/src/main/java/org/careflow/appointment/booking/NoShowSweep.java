package org.careflow.appointment.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.careflow.appointment.domain.Actor;
import org.careflow.appointment.domain.Appointment;
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

	/**
	 * One look covers at most a day of minutes; a longer outage is caught up in steps.
	 */
	static final int MAX_MINUTES = 24 * 60;

	private static final int MINUTES_PER_QUERY = 240;

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
	 * Looks at the minutes due since the last look.
	 * @return how many appointments became no-shows in this look
	 */
	int sweep() {
		Instant now = this.clock.instant();
		Optional<Instant> through = this.deadlines.checkedThrough();
		Instant dueThrough = now.truncatedTo(ChronoUnit.MINUTES);
		// first look on this database: the day before, which covers every booking made
		// since this version started
		Instant from = through.map((minute) -> minute.plus(1, ChronoUnit.MINUTES))
			.orElse(dueThrough.minus(MAX_MINUTES - 1, ChronoUnit.MINUTES));
		if (from.isAfter(dueThrough)) {
			return 0;
		}
		Instant to = earliest(dueThrough, from.plus(MAX_MINUTES - 1, ChronoUnit.MINUTES));
		List<Instant> minutes = minutes(from, to);
		int lapsed = 0;
		for (int i = 0; i < minutes.size(); i += MINUTES_PER_QUERY) {
			for (String appointmentId : this.deadlines
				.dueIn(minutes.subList(i, Math.min(i + MINUTES_PER_QUERY, minutes.size())))) {
				lapsed += lapse(appointmentId, now) ? 1 : 0;
			}
		}
		if (this.deadlines.advance(through, to)) {
			this.deadlines.forget(minutes);
		}
		return lapsed;
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

	private static List<Instant> minutes(Instant from, Instant to) {
		List<Instant> minutes = new ArrayList<>();
		for (Instant minute = from; !minute.isAfter(to); minute = minute.plus(1, ChronoUnit.MINUTES)) {
			minutes.add(minute);
		}
		return minutes;
	}

	private static Instant earliest(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
