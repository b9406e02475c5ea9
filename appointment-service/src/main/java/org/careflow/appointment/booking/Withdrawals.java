package org.careflow.appointment.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.careflow.appointment.domain.Actor;
import org.careflow.appointment.domain.Appointment;
import org.careflow.appointment.domain.BookedSlot;
import org.careflow.appointment.scheduling.SlotClaims;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Appointments whose doctor is no longer available at their time (an admin forced a
 * schedule change over them) are cancelled by CareFlow, reason "doctor unavailable". Only
 * appointments of that doctor, and only booked ones: a checked-in patient is already
 * there.
 */
@Service
public class Withdrawals {

	private static final Logger log = LoggerFactory.getLogger(Withdrawals.class);

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
			cancelled += withdrawOne(doctorId, id) ? 1 : 0;
		}
		log.info("Doctor {} unavailable: {} of {} appointments cancelled", doctorId, cancelled, appointmentIds.size());
		return cancelled;
	}

	private boolean withdrawOne(String doctorId, String id) {
		// a changed appointment is read again: a check-in or a cancellation may have won
		for (int attempt = 0; attempt < 3; attempt++) {
			Instant now = this.clock.instant();
			Appointment appointment = this.store.find(id).orElse(null);
			if (appointment == null || !appointment.doctorId().equals(doctorId)
					|| !appointment.withdraw(Appointment.DOCTOR_UNAVAILABLE, now)) {
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
