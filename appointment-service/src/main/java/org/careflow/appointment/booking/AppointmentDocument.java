package org.careflow.appointment.booking;

import java.time.Instant;
import java.util.List;

import org.careflow.appointment.domain.Appointment;
import org.careflow.appointment.domain.AppointmentStatus;
import org.careflow.appointment.domain.StatusChange;
import org.careflow.appointment.domain.Visit;
import org.careflow.platform.outbox.PendingEvent;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An appointment as stored, with the events still waiting for the relay. {@code slotKey}
 * is only present while the appointment is active (a null field is not written), and a
 * unique sparse index on it refuses a second active appointment for one slot.
 */
@Document(AppointmentDocument.COLLECTION)
record AppointmentDocument(@Id String id, String patientId, String doctorId, Instant start, Instant end,
		String timeZone, String reason, AppointmentStatus status, String cancellationReason, Visit visit,
		List<StatusChange> history, String slotKey, List<PendingEvent> pendingEvents, @Version Long version,
		String replaces, String replacedBy, String overbookReason) {

	static final String COLLECTION = "appointments";

	static AppointmentDocument from(Appointment appointment, List<PendingEvent> pendingEvents) {
		Appointment.Snapshot state = appointment.snapshot();
		return new AppointmentDocument(state.id(), state.patientId(), state.doctorId(), state.start(), state.end(),
				state.timeZone(), state.reason(), state.status(), state.cancellationReason(), state.visit(),
				state.history(), appointment.slotKey(), pendingEvents, state.version(), state.replaces(),
				state.replacedBy(), state.overbookReason());
	}

	Appointment toAppointment() {
		return Appointment.restore(new Appointment.Snapshot(this.id, this.patientId, this.doctorId, this.start,
				this.end, this.timeZone, this.reason, this.status, this.cancellationReason, this.visit,
				(this.history != null) ? this.history : List.of(), this.version, this.replaces, this.replacedBy,
				this.overbookReason));
	}

}
