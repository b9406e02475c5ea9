package org.careflow.patient.chart;

import org.careflow.patient.care.CareRelations;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Care comes from appointment events on the real broker, and only for that pair. */
class CareRelationsIT extends ChartItSupport {

	@Autowired
	private CareRelations care;

	@Test
	void aBookingPutsThePatientInTheDoctorsCareAndTheClinicsButNoOtherDoctors() {
		NewPatient patient = newPatient("Care", "Taker");
		assertThat(this.care.isClinicPatient(patient.id())).isFalse();

		putInCareOf(HOUSE, patient.id());

		assertThat(this.care.isInCareOf(HOUSE, patient.id())).isTrue();
		assertThat(this.care.isClinicPatient(patient.id())).isTrue();
		assertThat(this.care.isInCareOf("00000000-0000-4000-8000-000000000003", patient.id())).isFalse();
	}

}
