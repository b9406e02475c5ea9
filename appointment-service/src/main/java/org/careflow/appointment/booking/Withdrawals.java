package org.careflow.appointment.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import org.careflow.appointment.domain.Actor;
import org.careflow.appointment.domain.Appointment;
import org.careflow.appointment.domain.BookedSlot;
import org.careflow.appointment.scheduling.SlotClaims;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Appointments CareFlow cancels for a reason no person gave at the moment: their doctor
 * is no longer available at their time (an admin forced a schedule change over them),
 * reason "doctor unavailable", or their patient was deactivated, reason "patient
 * deactivated". Only booked ones: a checked-in patient is already there. Each
 * cancellation raises {@code appointment.cancelled}, so the patient and the doctor are
 * told.
 */
@Service
public class Withdrawals {

	private static final Logger log = LoggerFactory.getLogger(Withdrawals.class);

	/** Appointments of a deactivated patient read at a time. */
	static final int PATIENT_BATCH = 200;

	private final AppointmentStore store;

	private final SlotClaims slots;

	private final AppointmentAudit audit;

	private final Clock clock;

	Withdrawals(AppointmentStore store, SlotClaims slots, AppointmentAudit audit, Clock clock) {
		this.store = store;
		this.slots = slots;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @return how many were cancelled now
	 */
	public int withdraw(String doctorId, List<String> appointmentIds) {
		int cancelled = 0;
		for (String id : appointmentIds) {
			cancelled += withdrawOne(id, (appointment) -> appointment.doctorId().equals(doctorId),
					Appointment.DOCTOR_UNAVAILABLE) ? 1 : 0;
		}
		log.info("Doctor {} unavailable: {} of {} appointments cancelled", doctorId, cancelled, appointmentIds.size());
		return cancelled;
	}

	/**
	 * Cancels every appointment the patient still has booked ahead. Idempotent: a second
	 * look finds none. A batch that could cancel nothing (each one changed meanwhile
	 * three times over) ends the look rather than reading the same appointments for ever;
	 * the event that asked is then retried by the consumer.
	 * @return how many were cancelled now
	 * @throws IllegalStateException if some stay booked
	 */
	public int withdrawAllOf(String patientId) {
		int cancelled = 0;
		while (true) {
			List<String> ahead = this.store.bookedAheadOf(patientId, this.clock.instant(), PATIENT_BATCH);
			int now = 0;
			for (String id : ahead) {
				now += withdrawOne(id, (appointment) -> appointment.patientId().equals(patientId),
						Appointment.PATIENT_DEACTIVATED) ? 1 : 0;
			}
			cancelled += now;
			if (ahead.size() < PATIENT_BATCH && now == ahead.size()) {
				log.info("Patient {} deactivated: {} appointments ahead cancelled", patientId, cancelled);
				return cancelled;
			}
			if (now == 0) {
				throw new IllegalStateException("Appointments of patient " + patientId + " stay booked");
			}
		}
	}

	private boolean withdrawOne(String id, Predicate<Appointment> concerned, String why) {
		// a changed appointment is read again: a check-in or a cancellation may have won
		for (int attempt = 0; attempt < 3; attempt++) {
			Instant now = this.clock.instant();
			Appointment appointment = this.store.find(id).orElse(null);
			if (appointment == null || !concerned.test(appointment) || !appointment.withdraw(why, now)) {
				return false;
			}
			try {
				this.store.update(appointment);
			}
			catch (OptimisticLockingFailureException changedMeanwhile) {
				continue;
			}
			this.audit.succeeded(Actor.CAREFLOW, AppointmentAudit.CANCEL, appointment);
			if (appointment.freesABookableSlotAt(now)) {
				BookedSlot slot = appointment.slot();
				this.slots.release(slot.doctorId(), slot.start(), appointment.id());
			}
			return true;
		}
		return false;
	}

}
