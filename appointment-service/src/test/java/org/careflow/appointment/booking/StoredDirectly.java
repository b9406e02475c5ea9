package org.careflow.appointment.booking;

import org.careflow.appointment.domain.Appointment;

import org.springframework.context.ApplicationContext;

/**
 * Puts an appointment in the running service's store as booking would, for integration
 * tests that cannot book (scheduling is down there). Public only for tests in other
 * packages.
 */
public final class StoredDirectly {

	private StoredDirectly() {
	}

	public static void insert(ApplicationContext context, Appointment appointment) {
		context.getBean(AppointmentStore.class).insert(appointment);
	}

}
