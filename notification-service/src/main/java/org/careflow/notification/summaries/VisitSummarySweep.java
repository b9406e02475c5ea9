package org.careflow.notification.summaries;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.careflow.notification.messages.Email;
import org.careflow.notification.messages.EmailNotSentException;
import org.careflow.notification.messages.MessageDelivery;
import org.careflow.notification.messages.MessagePlanner;
import org.careflow.notification.messages.MessageStatus;
import org.careflow.notification.messages.UnknownPatientException;
import org.careflow.notification.reminders.ReminderProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the visit summary emails whose quiet period is over, each once however many
 * replicas run: every replica looks at the minutes that fell due and claims each visit
 * filed there with a lease ({@link org.careflow.notification.leases.LeasedJobs}). A visit
 * edited again meanwhile is due later: it is filed there and waits. A failed send is
 * tried again after {@code careflow.reminders.retry-after}.
 */
@Component
class VisitSummarySweep {

	private static final Logger log = LoggerFactory.getLogger(VisitSummarySweep.class);

	/**
	 * How far back the first look on a database goes (later looks start where the last
	 * ended): within the day {@link org.careflow.platform.sweep.MinuteBuckets} looks at
	 * once, so that the first look reaches the present minute.
	 */
	private static final Duration FIRST_LOOK = Duration.ofHours(12);

	private final VisitSummaryStore store;

	private final MessagePlanner planner;

	private final MessageDelivery delivery;

	private final ReminderProperties timing;

	private final Clock clock;

	/** This replica, as the owner of the leases it takes. */
	private final String owner = UUID.randomUUID().toString();

	VisitSummarySweep(VisitSummaryStore store, MessagePlanner planner, MessageDelivery delivery,
			ReminderProperties timing, Clock clock) {
		this.store = store;
		this.planner = planner;
		this.delivery = delivery;
		this.timing = timing;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${careflow.reminders.sweep-every:30s}",
			fixedDelayString = "${careflow.reminders.sweep-every:30s}")
	void sweepOnSchedule() {
		try {
			sweep();
		}
		catch (DataAccessException storeUnavailable) {
			// nothing is lost: the progress did not move, the next look takes these
			// minutes
			log.warn("Visit summary emails postponed: {}", storeUnavailable.getMessage());
		}
	}

	/**
	 * Looks at the minutes due since the last look.
	 * @return how many emails were sent in this look
	 */
	int sweep() {
		Instant now = this.clock.instant();
		return this.store.sweep(now, FIRST_LOOK, (appointmentId) -> send(appointmentId, now));
	}

	private boolean send(String appointmentId, Instant now) {
		Optional<ClaimedSummary> claimed = this.store.claim(appointmentId, this.owner, now,
				now.plus(this.timing.lease()));
		if (claimed.isEmpty()) {
			// sent, or another replica holds it
			return false;
		}
		ClaimedSummary summary = claimed.get();
		if (now.isBefore(summary.dueAt())) {
			// edited again since it was filed here: wait for the new quiet period's end
			this.store.postpone(appointmentId, this.owner, summary.dueAt(), Optional.empty());
			return false;
		}
		Email email;
		try {
			email = this.planner.visitSummary(appointmentId, summary.patientId(), summary.doctorId());
			this.delivery.deliver(VisitSummaries.messageIdOf(appointmentId), VisitSummaries.MESSAGE_TYPE, email);
		}
		catch (EmailNotSentException | UnknownPatientException ex) {
			log.warn("Visit summary email of {} not sent (attempt {}), trying again in {}: {}", appointmentId,
					summary.attempts(), this.timing.retryAfter(), ex.getMessage());
			this.store.postpone(appointmentId, this.owner, now.plus(this.timing.retryAfter()),
					Optional.of(ex.getMessage()));
			return false;
		}
		if (email.suppressed()) {
			this.store.finish(appointmentId, this.owner, MessageStatus.SUPPRESSED.name(), now);
			return false;
		}
		return this.store.finish(appointmentId, this.owner, MessageStatus.SENT.name(), this.clock.instant());
	}

}
