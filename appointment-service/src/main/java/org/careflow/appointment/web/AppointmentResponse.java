package org.careflow.appointment.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.careflow.appointment.domain.Appointment;
import org.careflow.appointment.domain.AppointmentStatus;
import org.careflow.appointment.domain.StatusChange;
import org.careflow.appointment.domain.Visit;

/** An appointment as its patient and its doctor see it: all of it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AppointmentResponse(String id, String patientId, String doctorId, Instant start, Instant end, String timeZone,
		String reason, AppointmentStatus status, String cancellationReason, VisitResponse visit, List<Step> history,
		String replaces, String replacedBy, Boolean overbooked, String overbookReason) implements AppointmentView {

	static AppointmentResponse of(Appointment appointment) {
		Appointment.Snapshot state = appointment.snapshot();
		return new AppointmentResponse(state.id(), state.patientId(), state.doctorId(), state.start(), state.end(),
				state.timeZone(), state.reason(), state.status(), state.cancellationReason(),
				VisitResponse.of(state.visit()), state.history().stream().map(Step::of).toList(), state.replaces(),
				state.replacedBy(), state.overbooked() ? Boolean.TRUE : null, state.overbookReason());
	}

	/** One step of the history; {@code from} and {@code reason} only where known. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Step(AppointmentStatus status, Instant at, String by, AppointmentStatus from, String reason) {

		static Step of(StatusChange change) {
			return new Step(change.status(), change.at(), change.by(), change.from(), change.reason());
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record VisitResponse(Integer systolic, Integer diastolic, Integer pulse, Integer oxygenSaturation, String notes,
			Instant recordedAt, String recordedBy) {

		static VisitResponse of(Visit visit) {
			return (visit != null) ? new VisitResponse(visit.systolic(), visit.diastolic(), visit.pulse(),
					visit.oxygenSaturation(), visit.notes(), visit.recordedAt(), visit.recordedBy()) : null;
		}

	}

}
