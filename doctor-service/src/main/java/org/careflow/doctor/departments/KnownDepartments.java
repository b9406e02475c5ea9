package org.careflow.doctor.departments;

import org.springframework.stereotype.Component;

/**
 * Whether a department exists, for features outside this package that put someone in one
 * (staff accounts).
 */
@Component
public class KnownDepartments {

	private final Departments departments;

	KnownDepartments(Departments departments) {
		this.departments = departments;
	}

	/**
	 * @throws UnknownDepartmentException if no department has the id (422 naming
	 * {@code departmentId})
	 */
	public void require(String departmentId) {
		if (!this.departments.exists(departmentId)) {
			throw new UnknownDepartmentException(departmentId);
		}
	}

}
