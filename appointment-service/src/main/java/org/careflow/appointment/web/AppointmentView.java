package org.careflow.appointment.web;

import org.careflow.appointment.domain.Actor;
import org.careflow.appointment.domain.Appointment;

/**
 * What a caller is shown of an appointment: all of it for its patient and its doctor, the
 * vital signs only for anyone else allowed near it (a nurse).
 */
sealed interface AppointmentView permits AppointmentResponse, VitalsResponse, FrontDeskResponse {

	static AppointmentView of(Appointment appointment, Actor actor) {
		return appointment.isVisibleTo(actor) ? AppointmentResponse.of(appointment) : VitalsResponse.of(appointment);
	}

	/** After a step of the appointment's day: all of it for its patient and doctor. */
	static AppointmentView ofStatus(Appointment appointment, Actor actor) {
		return appointment.isVisibleTo(actor) ? AppointmentResponse.of(appointment) : FrontDeskResponse.of(appointment);
	}

}
