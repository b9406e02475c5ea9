package org.careflow.doctor.departments;

/** A doctor cannot join a department that does not exist. */
public class UnknownDepartmentException extends RuntimeException {

	UnknownDepartmentException(String departmentId) {
		super("No department with id " + departmentId + ".");
	}

}
