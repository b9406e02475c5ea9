package org.careflow.appointment.booking;

import java.util.Collection;

import org.careflow.appointment.domain.Actor;
import org.careflow.appointment.domain.Appointment;
import org.careflow.platform.audit.AuditOutcome;
import org.careflow.platform.audit.AuditTrail;
import org.careflow.platform.security.Caller;

import org.springframework.stereotype.Component;

/**
 * Every read or change of an appointment, in the audit trail: an appointment is its
 * patient's health data. Entries hold ids, roles, actions and times only, never a reason,
 * notes or vital signs.
 */
@Component
class AppointmentAudit {

	static final String RESOURCE_TYPE = "appointment";

	static final String CREATE = "create";

	static final String READ = "read";

	static final String LIST = "list";

	static final String UPDATE_VISIT = "update-visit";

	static final String CANCEL = "cancel";

	static final String CHECK_IN = "check-in";

	static final String COMPLETE = "complete";

	static final String NO_SHOW = "no-show";

	static final String RESCHEDULE = "reschedule";

	static final String OVERBOOK = "overbook";

	static final String ENTERED_IN_ERROR = "entered-in-error";

	private final AuditTrail trail;

	AppointmentAudit(AuditTrail trail) {
		this.trail = trail;
	}

	void succeeded(Actor actor, String action, Appointment appointment) {
		record(actor, action, appointment.id(), appointment.patientId(), AuditOutcome.SUCCESS);
	}

	/** Refused, including "not found" answers about an appointment that exists. */
	void denied(Actor actor, String action, Appointment appointment) {
		record(actor, action, appointment.id(), appointment.patientId(), AuditOutcome.DENIED);
	}

	/** A patient refused a booking: nothing was created, so there is no resource id. */
	void bookingDenied(Actor patient) {
		record(patient, CREATE, null, patient.id(), AuditOutcome.DENIED);
	}

	/** A list of a patient's appointments the caller may not see. */
	void listDenied(Actor actor, String patientId) {
		record(actor, LIST, null, patientId, AuditOutcome.DENIED);
	}

	/** A page of a list: one entry per patient whose appointments it showed. */
	void listed(Actor actor, Collection<String> patientIds) {
		patientIds.forEach(patientId -> record(actor, LIST, null, patientId, AuditOutcome.SUCCESS));
	}

	private void record(Actor actor, String action, String appointmentId, String patientId, AuditOutcome outcome) {
		this.trail.record(new Caller(actor.id(), actor.roles()), action, RESOURCE_TYPE, appointmentId, patientId,
				outcome);
	}

}
