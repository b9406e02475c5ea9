package org.careflow.patient.allergies;

import java.time.Instant;

import org.careflow.patient.chart.ChartConflictException;
import org.careflow.patient.chart.InvalidChartRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AllergyTest {

	private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

	static Allergy.Details penicillin(String severity, String criticality, String status) {
		return new Allergy.Details("Penicillin", null, "Hives", severity, criticality, status);
	}

	@Test
	void aNewAllergyIsActiveAndCanBecomeInactive() {
		Allergy allergy = Allergy.record("a1", "p1", "d1", penicillin("moderate", "high", null), NOW);

		assertThat(allergy.status()).isEqualTo("active");
		Allergy inactive = allergy.revise(penicillin("moderate", "high", "inactive"), 0, NOW);
		assertThat(inactive.status()).isEqualTo("inactive");
		assertThat(inactive.version()).isEqualTo(1);
	}

	@Test
	void severityAndCriticalityComeFromFhirsValueSets() {
		assertThatThrownBy(() -> Allergy.record("a1", "p1", "d1", penicillin("deadly", "high", null), NOW))
			.isInstanceOf(InvalidChartRequestException.class)
			.extracting("field")
			.isEqualTo("severity");
		assertThatThrownBy(() -> Allergy.record("a1", "p1", "d1", penicillin("mild", "medium", null), NOW))
			.isInstanceOf(InvalidChartRequestException.class)
			.extracting("field")
			.isEqualTo("criticality");
	}

	@Test
	void enteredInErrorIsOnlyReachedByMarkingAndClosesIt() {
		Allergy allergy = Allergy.record("a1", "p1", "d1", penicillin("mild", "low", null), NOW);
		assertThatThrownBy(() -> allergy.revise(penicillin("mild", "low", "entered-in-error"), 0, NOW))
			.isInstanceOf(InvalidChartRequestException.class);

		Allergy marked = allergy.enterInError("not this patient", "d1", 0, NOW);

		assertThat(marked.enteredInError().reason()).isEqualTo("not this patient");
		assertThatThrownBy(() -> marked.revise(penicillin("mild", "low", null), 1, NOW))
			.isInstanceOf(ChartConflictException.class);
	}

}
