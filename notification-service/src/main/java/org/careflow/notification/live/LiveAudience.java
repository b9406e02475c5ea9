package org.careflow.notification.live;

import java.util.Optional;

import org.careflow.platform.security.Caller;

/**
 * Whose appointment events a caller's stream carries: a patient their own appointments, a
 * doctor their calendar, staff (nurse, admin) the whole clinic's, as ids and times. A
 * caller with several of these roles sees the union; any other role (a pharmacist) has no
 * stream.
 *
 * @param callerId the token subject, which is also the patient or doctor id
 * @param wholeClinic every appointment (nurse, admin)
 * @param ownAppointments those whose patient is the caller
 * @param ownCalendar those whose doctor is the caller
 */
record LiveAudience(String callerId, boolean wholeClinic, boolean ownAppointments, boolean ownCalendar) {

	/** Empty when the caller may not have a stream at all. */
	static Optional<LiveAudience> of(Caller caller) {
		LiveAudience audience = new LiveAudience(caller.id(), caller.is("nurse") || caller.is("admin"),
				caller.is("patient"), caller.is("doctor"));
		boolean seesSomething = audience.wholeClinic || audience.ownAppointments || audience.ownCalendar;
		return (seesSomething && caller.id() != null) ? Optional.of(audience) : Optional.empty();
	}

	boolean sees(LiveEvent event) {
		return this.wholeClinic || (this.ownAppointments && this.callerId.equals(event.patientId()))
				|| (this.ownCalendar && this.callerId.equals(event.doctorId()));
	}

}
