package org.careflow.doctor.departments;

import java.util.List;

/**
 * Some members of a department of one kind, and how many there are: what stops it being
 * removed.
 *
 * @param kind {@code doctor}, {@code staff}, {@code patient} (the department is in their
 * profile) or {@code admittedPatient} (lying in one of its beds); the 409 problem names
 * them as {@code <kind>Ids} and {@code <kind>Count}
 * @param ids at most {@link DepartmentDoctors#MAX_LISTED}
 */
public record MemberGroup(String kind, List<String> ids, long count) {

	public MemberGroup {
		ids = List.copyOf(ids);
	}

	boolean isEmpty() {
		return this.count == 0 && this.ids.isEmpty();
	}

}
