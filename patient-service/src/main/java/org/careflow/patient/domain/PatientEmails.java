package org.careflow.patient.domain;

/** Finding a profile by email, which the store holds sealed: by its blind index term. */
public interface PatientEmails {

	boolean existsByEmail(String email);

}
