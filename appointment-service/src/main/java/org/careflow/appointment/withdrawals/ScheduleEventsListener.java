package org.careflow.appointment.withdrawals;

import org.careflow.appointment.booking.Withdrawals;
import org.careflow.events.ScheduleBookingsWithdrawn;
import org.careflow.events.Topics;
import org.careflow.platform.kafka.EventJson;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * An admin forced leave or shorter hours over booked appointments: each is cancelled with
 * reason "doctor unavailable" (its patient is told by the cancellation email). Failures
 * are retried and then dead-lettered by the platform's error handler; a repeated event
 * changes nothing (an appointment no longer booked is left alone).
 */
@Component
class ScheduleEventsListener {

	private final Withdrawals withdrawals;

	ScheduleEventsListener(Withdrawals withdrawals) {
		this.withdrawals = withdrawals;
	}

	@KafkaListener(topics = Topics.SCHEDULES)
	void on(String payload) {
		EventJson.read(payload).ifPresent(event -> {
			if (event instanceof ScheduleBookingsWithdrawn withdrawn) {
				this.withdrawals.withdraw(withdrawn.aggregateId(), withdrawn.appointmentIds());
			}
		});
	}

}
