package org.careflow.appointment.waitlist;

import java.time.Clock;

import org.careflow.events.AppointmentCancelled;
import org.careflow.events.AppointmentEnteredInError;
import org.careflow.events.AppointmentRescheduled;
import org.careflow.events.DoctorRegistered;
import org.careflow.events.ScheduleSlotsOpened;
import org.careflow.events.Topics;
import org.careflow.platform.kafka.EventJson;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * A slot freed by a cancellation or a reschedule, or opened by a change of the doctor's
 * schedule, goes to the waitlist; doctors' specialties are kept for entries that wait for
 * a specialty. Reading the events (rather than acting inside the cancellation) keeps
 * cancellations fast and offers slots freed by any replica; failures are retried and then
 * dead-lettered by the platform.
 */
@Component
class WaitlistEventsListener {

	private final Waitlist waitlist;

	private final DoctorSpecialties specialties;

	private final Clock clock;

	WaitlistEventsListener(Waitlist waitlist, DoctorSpecialties specialties, Clock clock) {
		this.waitlist = waitlist;
		this.specialties = specialties;
		this.clock = clock;
	}

	@KafkaListener(id = "appointment-waitlist", idIsGroup = false, topics = Topics.APPOINTMENTS)
	void onAppointment(String payload) {
		EventJson.read(payload).ifPresent(event -> {
			switch (event) {
				case AppointmentCancelled cancelled ->
					this.waitlist.offerFreedSlot(cancelled.doctorId(), cancelled.start(), this.clock.instant());
				case AppointmentEnteredInError voided ->
					this.waitlist.offerFreedSlot(voided.doctorId(), voided.start(), this.clock.instant());
				case AppointmentRescheduled moved ->
					this.waitlist.offerFreedSlot(moved.doctorId(), moved.previousStart(), this.clock.instant());
				default -> {
					// other appointment events free no slot
				}
			}
		});
	}

	/**
	 * Slots a change of a doctor's schedule opened. A group of its own: the withdrawals'
	 * listener reads this topic in the service's group, and two listeners of one group
	 * would share its partitions instead of both reading every event.
	 */
	@KafkaListener(id = "appointment-waitlist-schedules", groupId = "appointment-service-waitlist",
			topics = Topics.SCHEDULES)
	void onSchedule(String payload) {
		EventJson.read(payload).ifPresent(event -> {
			if (event instanceof ScheduleSlotsOpened opened) {
				this.waitlist.offerOpenedSlots(opened.aggregateId(),
						opened.slots()
							.stream()
							.limit(ScheduleSlotsOpened.MAX_SLOTS)
							.map(ScheduleSlotsOpened.OpenedSlot::start)
							.toList(),
						this.clock.instant());
			}
		});
	}

	@KafkaListener(id = "appointment-doctors", idIsGroup = false, topics = Topics.DOCTORS)
	void onDoctor(String payload) {
		EventJson.read(payload).ifPresent(event -> {
			if (event instanceof DoctorRegistered registered) {
				this.specialties.remember(registered.aggregateId(), registered.specialty());
			}
		});
	}

}
