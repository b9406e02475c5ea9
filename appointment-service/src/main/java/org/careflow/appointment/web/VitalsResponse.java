package org.careflow.appointment.web;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.careflow.appointment.domain.Appointment;
import org.careflow.appointment.domain.AppointmentStatus;
import org.careflow.appointment.domain.Visit;

/**
 * An appointment as a nurse sees it: when it is and its vital signs. No reason, notes,
 * history or cancellation reason, and no patient or doctor id: a nurse needs none of them
 * to take vitals.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record VitalsResponse(String id, AppointmentStatus status, Instant start, Instant end,
		VitalsResponse.Vitals visit) implements AppointmentView {

	static VitalsResponse of(Appointment appointment) {
		Appointment.Snapshot state = appointment.snapshot();
		return new VitalsResponse(state.id(), state.status(), state.start(), state.end(), Vitals.of(state.visit()));
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Vitals(Integer systolic, Integer diastolic, Integer pulse, Integer oxygenSaturation, Instant recordedAt,
			String recordedBy) {

		static Vitals of(Visit visit) {
			return (visit != null) ? new Vitals(visit.systolic(), visit.diastolic(), visit.pulse(),
					visit.oxygenSaturation(), visit.recordedAt(), visit.recordedBy()) : null;
		}

	}

}
