package org.careflow.notification.reminders;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.careflow.notification.messages.Email;
import org.careflow.notification.messages.EmailNotSentException;
import org.careflow.notification.messages.MessageDelivery;
import org.careflow.notification.messages.MessagePlanner;
import org.careflow.notification.messages.UnknownPatientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the reminders that fell due, each once however many replicas run.
 * <p>
 * Every replica looks, every {@code careflow.reminders.sweep-every}, at the minutes that
 * fell due since the last look, and claims each reminder filed there: a lease on the
 * reminder's own document, taken by one replica at a time. The one that gets it sends the
 * email and marks the reminder sent; the others move on. A replica that dies holding a
 * lease leaves the reminder filed under the lease's end, where the next look claims it
 * again; a failed send is filed a little later. The message log, keyed by the reminder,
 * keeps a reminder that was sent from going out twice.
 * <p>
 * After a stop, the first look covers the minutes missed (a day per look at most, the
 * platform's {@link org.careflow.platform.sweep.MinuteBuckets}), and a reminder is still
 * sent if it is no older than {@code careflow.reminders.max-lateness} and its appointment
 * has not started.
 */
@Component
class ReminderSweep {

	private static final Logger log = LoggerFactory.getLogger(ReminderSweep.class);

	/** Event type of a reminder in the message log. */
	static final String MESSAGE_TYPE = "appointment.reminder";

	private final ReminderStore store;

	private final MessagePlanner planner;

	private final MessageDelivery delivery;

	private final ReminderProperties properties;

	private final Clock clock;

	/** This replica, as the owner of the leases it takes. */
	private final String owner = UUID.randomUUID().toString();

	ReminderSweep(ReminderStore store, MessagePlanner planner, MessageDelivery delivery, ReminderProperties properties,
			Clock clock) {
		this.store = store;
		this.planner = planner;
		this.delivery = delivery;
		this.properties = properties;
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
			log.warn("Reminders postponed: {}", storeUnavailable.getMessage());
		}
	}

	/**
	 * Looks at the minutes due since the last look.
	 * @return how many reminders were sent in this look
	 */
	int sweep() {
		Instant now = this.clock.instant();
		// first look on this database: as far back as a reminder may still go out
		return this.store.sweep(now, this.properties.maxLateness(), (key) -> send(key, now));
	}

	private boolean send(ReminderKey key, Instant now) {
		Optional<ClaimedReminder> claimed = this.store.claim(key, this.owner, now, now.plus(this.properties.lease()));
		if (claimed.isEmpty()) {
			// sent, revoked, or another replica holds it
			return false;
		}
		ClaimedReminder reminder = claimed.get();
		PlannedAppointment appointment = reminder.appointment();
		switch (ReminderPlan.verdict(now, appointment.start(), reminder.dueAt(), this.properties.maxLateness())) {
			case WAIT -> {
				this.store.postpone(key, this.owner, reminder.dueAt(), Optional.empty());
				return false;
			}
			case EXPIRE -> {
				this.store.finish(key, this.owner, ReminderStatus.EXPIRED, now);
				this.delivery.expired(key.messageId());
				log.info("Reminder {} not sent: it came up at {}, too late for the appointment at {}", key, now,
						appointment.start());
				return false;
			}
			case SEND -> {
				return deliver(reminder, now);
			}
		}
		return false;
	}

	private boolean deliver(ClaimedReminder reminder, Instant now) {
		ReminderKey key = reminder.key();
		PlannedAppointment appointment = reminder.appointment();
		Email email;
		try {
			email = this.planner.reminder(key.appointmentId(), appointment.patientId(), appointment.doctorId(),
					appointment.start(), appointment.timeZone());
			this.delivery.deliver(key.messageId(), MESSAGE_TYPE, email);
		}
		catch (EmailNotSentException | UnknownPatientException ex) {
			log.warn("Reminder {} not sent (attempt {}), trying again in {}: {}", key, reminder.attempts(),
					this.properties.retryAfter(), ex.getMessage());
			this.store.postpone(key, this.owner, now.plus(this.properties.retryAfter()), Optional.of(ex.getMessage()));
			return false;
		}
		if (email.suppressed()) {
			this.store.finish(key, this.owner, ReminderStatus.SUPPRESSED, now);
			return false;
		}
		return this.store.finish(key, this.owner, ReminderStatus.SENT, this.clock.instant());
	}

}
