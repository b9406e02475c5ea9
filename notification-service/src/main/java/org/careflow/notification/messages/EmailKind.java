package org.careflow.notification.messages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Each email CareFlow sends, with the file its templates are named after and the
 * variables they may use. Only ids, names, times, counts, links and the clinic's own
 * texts: never a visit's reason, notes or vitals, nor a medication, so no template can
 * put health data in an email.
 */
enum EmailKind {

	WELCOME("welcome", "verifyLink", "verifyLinkValidity"),

	BOOKED("booked", "doctor", "time", "appointmentId", "whatToBring", "cancelLink", "rescheduleLink"),

	CANCELLED("cancelled", "doctor", "time", "appointmentId"),

	RESCHEDULED("rescheduled", "doctor", "previousTime", "time", "appointmentId", "cancelLink", "rescheduleLink"),

	WAITLIST_OFFER("waitlist-offer", "doctor", "time", "heldUntil", "acceptLink"),

	MISSED("missed", "doctor", "time", "appointmentId"),

	VISIT_SUMMARY_READY("visit-summary-ready", "doctor", "appointmentId"),

	REMINDER("reminder", "doctor", "time", "appointmentId", "whatToBring", "cancelLink", "rescheduleLink"),

	DOCTOR_BOOKED("doctor-booked", "patientName", "time", "appointmentId"),

	DOCTOR_CANCELLED("doctor-cancelled", "patientName", "time", "appointmentId"),

	DOCTOR_MOVED("doctor-moved", "patientName", "previousTime", "time", "appointmentId"),

	/** No medication: what was prescribed is read in CareFlow, never in an inbox. */
	PRESCRIPTION_READY("prescription-ready", "doctor", "validUntil", "prescriptionId"),

	/** {@code refillsRemaining} is empty when none remain. */
	PRESCRIPTION_FILLED("prescription-filled", "filledAt", "refillsRemaining", "prescriptionId"),

	PRESCRIPTION_CANCELLED("prescription-cancelled", "cancelledAt", "prescriptionId");

	/** What the footer of every email may use. */
	static final Set<String> CLINIC_VARIABLES = ordered("clinicName", "clinicAddress");

	private final String fileName;

	private final Set<String> variables;

	EmailKind(String fileName, String... ownVariables) {
		this.fileName = fileName;
		List<String> all = new ArrayList<>(List.of("recipientName", "clinicName", "clinicAddress"));
		all.addAll(List.of(ownVariables));
		this.variables = ordered(all.toArray(String[]::new));
	}

	/** Its templates are {@code <fileName>.txt} and {@code <fileName>.html}. */
	String fileName() {
		return this.fileName;
	}

	/** The variables its templates may use, the common ones first. */
	Set<String> variables() {
		return this.variables;
	}

	private static Set<String> ordered(String... names) {
		return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(names)));
	}

}
