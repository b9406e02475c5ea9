package org.careflow.patient.prescriptions;

/**
 * Who writes a prescription, as the paper shows them: the name from their token, the
 * licence number they give (doctor-service does not keep one yet).
 */
public record Prescriber(String id, String name, String licence) {

}
