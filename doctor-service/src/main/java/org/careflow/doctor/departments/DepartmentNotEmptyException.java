package org.careflow.doctor.departments;

import java.util.List;

/**
 * A department that still has members cannot be removed: they would belong to nothing.
 * Names some of each kind (at most {@link DepartmentDoctors#MAX_LISTED}) and how many
 * there are.
 */
public class DepartmentNotEmptyException extends RuntimeException {

	private final List<MemberGroup> members;

	DepartmentNotEmptyException(String id, List<MemberGroup> members) {
		super("Department " + id + " still has members.");
		this.members = List.copyOf(members);
	}

	public List<MemberGroup> members() {
		return this.members;
	}

}
