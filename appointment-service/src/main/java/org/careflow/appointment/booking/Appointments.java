package org.careflow.appointment.booking;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.careflow.appointment.domain.Actor;
import org.careflow.appointment.domain.Appointment;
import org.careflow.appointment.domain.BookedSlot;
import org.careflow.appointment.domain.VisitEntry;
import org.careflow.appointment.scheduling.SlotClaims;
import org.careflow.appointment.scheduling.SlotTakenException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Use cases of appointments: book, list, read, record the visit, cancel. */
@Service
public class Appointments {

	private final SlotClaims slots;

	private final AppointmentStore store;

	private final Clock clock;

	Appointments(SlotClaims slots, AppointmentStore store, Clock clock) {
		this.slots = slots;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Claims the slot first, then stores the appointment with its booking event in one
	 * insert. If scheduling cannot confirm, nothing is stored; an unused claim expires.
	 */
	public Appointment book(Booking booking) {
		Appointment.requireFuture(booking.start(), this.clock.instant());
		String id = UUID.randomUUID().toString();
		BookedSlot slot = this.slots.claim(booking.doctorId(), booking.start(), id, booking.bearerToken());
		Appointment appointment = Appointment.book(id, booking.patientId(), slot, booking.reason(),
				this.clock.instant());
		try {
			this.store.insert(appointment);
		}
		catch (DuplicateKeyException activeAppointmentHoldsSlot) {
			throw new SlotTakenException();
		}
		return appointment;
	}

	public List<Appointment> mine(Actor actor) {
		return actor.isDoctor() ? this.store.ofDoctor(actor.id()) : this.store.ofPatient(actor.id());
	}

	public Appointment get(String id, Actor actor) {
		return this.store.find(id)
			.filter(appointment -> appointment.isVisibleTo(actor))
			.orElseThrow(() -> new AppointmentNotFoundException(id));
	}

	public Appointment recordVisit(String id, Actor actor, VisitEntry entry) {
		// any nurse may record vitals; a doctor sees only their own appointments
		Appointment appointment = this.store.find(id)
			.filter(found -> actor.isNurse() || found.isVisibleTo(actor))
			.orElseThrow(() -> new AppointmentNotFoundException(id));
		appointment.recordVisit(actor, entry, this.clock.instant());
		this.store.update(appointment);
		return appointment;
	}

	public Appointment cancel(String id, Actor actor, String reason) {
		Appointment appointment = get(id, actor);
		appointment.cancel(actor, reason, this.clock.instant());
		this.store.update(appointment);
		return appointment;
	}

}
