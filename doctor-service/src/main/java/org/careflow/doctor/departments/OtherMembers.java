package org.careflow.doctor.departments;

import java.util.List;

/**
 * Who belongs to a department besides its doctors, asked before it is removed: the staff
 * (package {@code staff}, which depends on this one, not the other way round) and the
 * patients (patient-service).
 */
public interface OtherMembers {

	/**
	 * The groups of members found (none: nobody of these kinds belongs to it).
	 * @throws PatientServiceUnavailableException if patient-service could not tell
	 */
	List<MemberGroup> of(String departmentId);

}
