package org.careflow.doctor.web;

/**
 * {@code POST /api/doctors} with an admin-chosen password, where that is off (everywhere
 * but the local stack): a password someone else chose is a password someone else knows.
 */
class AdminChosenPasswordsOffException extends RuntimeException {

	AdminChosenPasswordsOffException() {
		super("Doctors are added with POST /api/staff here: they choose their own password from an emailed link.");
	}

}
