package org.careflow.patient.admission;

/** 404: the path names a department the copy does not have (or one removed). */
class DepartmentNotFoundException extends RuntimeException {

	DepartmentNotFoundException(String departmentId) {
		super("No department with id " + departmentId + ".");
	}

}
