package org.careflow.patient.chart;

import java.util.Set;

import org.careflow.platform.security.Caller;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChartListsTest {

	private static final Caller PATIENT = new Caller("p1", Set.of("patient"));

	private static final Caller NURSE = new Caller("n1", Set.of("nurse"));

	@Test
	void aPatientsListIsTheirOwnUnlessTheyNameAnother() {
		assertThat(ChartLists.patientOf(PATIENT, null)).isEqualTo("p1");
		assertThat(ChartLists.patientOf(PATIENT, " ")).isEqualTo("p1");
		// named: ChartAccess then refuses another patient's
		assertThat(ChartLists.patientOf(PATIENT, "p2")).isEqualTo("p2");
	}

	@Test
	void staffMustNameThePatient() {
		assertThat(ChartLists.patientOf(NURSE, "p1")).isEqualTo("p1");
		assertThatThrownBy(() -> ChartLists.patientOf(NURSE, null)).isInstanceOf(InvalidChartRequestException.class)
			.extracting("field")
			.isEqualTo("patientId");
	}

	@Test
	void anOverlongPatientIdIsRefused() {
		assertThatThrownBy(() -> ChartLists.patientOf(NURSE, "x".repeat(65)))
			.isInstanceOf(InvalidChartRequestException.class)
			.extracting("field")
			.isEqualTo("patientId");
	}

}
