package org.careflow.benchmarks;

import java.util.List;

/** What the bench created through the API before measuring. */
record SeededData(List<Doctor> doctors, List<Patient> patients, List<SeededAppointment> appointments, SlotPool slots) {

	SeededData {
		doctors = List.copyOf(doctors);
		patients = List.copyOf(patients);
		appointments = List.copyOf(appointments);
	}

}
