package org.careflow.notification.reminders;

import java.time.Clock;
import java.util.List;

import org.careflow.events.AppointmentBooked;
import org.careflow.events.AppointmentCancelled;
import org.careflow.events.AppointmentCheckedIn;
import org.careflow.events.AppointmentEnteredInError;
import org.careflow.events.AppointmentFulfilled;
import org.careflow.events.AppointmentNoShow;
import org.careflow.events.AppointmentRescheduled;
import org.careflow.events.CareFlowEvent;
import org.careflow.notification.messages.MessageDelivery;

import org.springframework.stereotype.Component;

/**
 * Keeps the reminder plans in step with the appointment events: a booking plans its
 * reminders, a reschedule revokes the old appointment's and plans the new one's, and an
 * appointment that will not take place as booked (cancelled, missed, held, entered in
 * error) has its reminders revoked. Every step is safe to repeat, as Kafka delivers at
 * least once.
 */
@Component
public class Reminders {

	private final ReminderStore store;

	private final ReminderProperties properties;

	private final MessageDelivery log;

	private final Clock clock;

	Reminders(ReminderStore store, ReminderProperties properties, MessageDelivery log, Clock clock) {
		this.store = store;
		this.properties = properties;
		this.log = log;
		this.clock = clock;
	}

	public void on(CareFlowEvent event) {
		switch (event) {
			case AppointmentBooked booked -> plan(booked.aggregateId(),
					new PlannedAppointment(booked.patientId(), booked.doctorId(), booked.start(), booked.timeZone()),
					booked);
			case AppointmentRescheduled moved -> {
				revoke(moved.replacesId());
				plan(moved.aggregateId(),
						new PlannedAppointment(moved.patientId(), moved.doctorId(), moved.start(), moved.timeZone()),
						moved);
			}
			case AppointmentCancelled cancelled -> revoke(cancelled.aggregateId());
			case AppointmentNoShow missed -> revoke(missed.aggregateId());
			case AppointmentCheckedIn arrived -> revoke(arrived.aggregateId());
			case AppointmentFulfilled fulfilled -> revoke(fulfilled.aggregateId());
			case AppointmentEnteredInError voided -> revoke(voided.aggregateId());
			default -> {
				// not about an appointment's time
			}
		}
	}

	/**
	 * Planned from when it was booked, so a late-read event still gets its reminders;
	 * logged as planned, so the patient's message log shows them.
	 */
	private void plan(String appointmentId, PlannedAppointment appointment, CareFlowEvent event) {
		List<ReminderPlan.Due> reminders = ReminderPlan.remindersOf(appointment.start(), event.occurredAt(),
				this.properties.leadTimes());
		this.store.plan(appointmentId, appointment, reminders, this.clock.instant());
		for (ReminderPlan.Due due : reminders) {
			this.log.planned(ReminderKey.of(appointmentId, due.lead()).messageId(), ReminderSweep.MESSAGE_TYPE,
					appointment.patientId(), appointmentId, due.dueAt());
		}
	}

	private void revoke(String appointmentId) {
		this.log.revoked(this.store.revoke(appointmentId).stream().map(ReminderKey::messageId).toList());
	}

}
