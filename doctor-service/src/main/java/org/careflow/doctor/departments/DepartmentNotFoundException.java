package org.careflow.doctor.departments;

public class DepartmentNotFoundException extends RuntimeException {

	DepartmentNotFoundException(String id) {
		super("No department with id " + id + ".");
	}

}
