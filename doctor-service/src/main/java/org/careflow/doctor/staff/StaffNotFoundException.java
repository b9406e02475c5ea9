package org.careflow.doctor.staff;

public class StaffNotFoundException extends RuntimeException {

	StaffNotFoundException(String id) {
		super("No staff member with id " + id + ".");
	}

}
