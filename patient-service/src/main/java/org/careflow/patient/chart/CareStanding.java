package org.careflow.patient.chart;

/**
 * Where a patient stands towards the clinic's staff. Asked lazily: most decisions need
 * neither answer (a patient reading their own chart, an admin, a pharmacist).
 */
public interface CareStanding {

	/** Whether the doctor has or had an appointment with the patient. */
	boolean isInCareOf(String doctorId);

	/** Whether the patient has or had an appointment with any doctor of the clinic. */
	boolean isClinicPatient();

}
