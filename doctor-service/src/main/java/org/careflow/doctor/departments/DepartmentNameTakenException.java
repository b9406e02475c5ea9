package org.careflow.doctor.departments;

/** Another department has this name (ignoring case). */
public class DepartmentNameTakenException extends RuntimeException {

	DepartmentNameTakenException(String name) {
		super("Another department is already called " + name + ".");
	}

}
