package org.careflow.doctor.departments;

import java.util.List;

/**
 * A department that still has doctors cannot be removed: they would belong to nothing.
 * Names some of them (at most {@link DepartmentDoctors#MAX_LISTED}) and how many there
 * are.
 */
public class DepartmentNotEmptyException extends RuntimeException {

	private final List<String> doctorIds;

	private final long doctorCount;

	DepartmentNotEmptyException(String id, List<String> doctorIds, long doctorCount) {
		super("Department " + id + " still has " + doctorCount + " doctors.");
		this.doctorIds = List.copyOf(doctorIds);
		this.doctorCount = doctorCount;
	}

	public List<String> doctorIds() {
		return this.doctorIds;
	}

	public long doctorCount() {
		return this.doctorCount;
	}

}
