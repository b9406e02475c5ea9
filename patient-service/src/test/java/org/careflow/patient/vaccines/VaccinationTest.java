package org.careflow.patient.vaccines;

import java.time.Instant;
import java.time.LocalDate;

import org.careflow.patient.chart.ChartConflictException;
import org.careflow.patient.chart.ChartRuleViolationException;
import org.careflow.patient.chart.Coding;
import org.careflow.patient.chart.InvalidChartRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VaccinationTest {

	private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

	private static final LocalDate GIVEN = LocalDate.of(2026, 11, 29);

	private static final Coding FLU = new Coding("http://hl7.org/fhir/sid/cvx", "158", "Influenza");

	static Vaccination.Details given(LocalDate lotExpiry, LocalDate dateGiven) {
		return new Vaccination.Details("Influenza", FLU, 1, "LOT-42", lotExpiry, "left deltoid", dateGiven, "n1", null,
				null);
	}

	@Test
	void aDoseGivenIsCompleted() {
		Vaccination vaccination = Vaccination.record("v1", "p1", "n1", given(LocalDate.of(2027, 6, 30), GIVEN), NOW);

		assertThat(vaccination.status()).isEqualTo("completed");
		assertThat(vaccination.version()).isZero();
	}

	@Test
	void aLotThatHadExpiredOnTheDateGivenIsRefusedNamingTheExpiry() {
		assertThatThrownBy(() -> Vaccination.record("v1", "p1", "n1", given(GIVEN.minusDays(1), GIVEN), NOW))
			.isInstanceOf(ChartRuleViolationException.class)
			.extracting("field")
			.isEqualTo("lotExpiry");
	}

	@Test
	void aLotIsUsableOnItsExpiryDay() {
		assertThat(Vaccination.record("v1", "p1", "n1", given(GIVEN, GIVEN), NOW).lotExpiry()).isEqualTo(GIVEN);
	}

	@Test
	void aDoseCannotBeGivenInTheFuture() {
		assertThatThrownBy(() -> Vaccination.record("v1", "p1", "n1",
				given(LocalDate.of(2027, 6, 30), LocalDate.of(2026, 12, 5)), NOW))
			.isInstanceOf(InvalidChartRequestException.class)
			.extracting("field")
			.isEqualTo("dateGiven");
	}

	@Test
	void aDoseGivenNeedsItsLot() {
		Vaccination.Details noLot = new Vaccination.Details("Influenza", FLU, 1, null, LocalDate.of(2027, 1, 1), null,
				GIVEN, "n1", null, null);

		assertThatThrownBy(() -> Vaccination.record("v1", "p1", "n1", noLot, NOW))
			.isInstanceOf(InvalidChartRequestException.class)
			.extracting("field")
			.isEqualTo("lotNumber");
	}

	@Test
	void aDoseNotGivenNeedsItsReasonAndNoLot() {
		Coding refused = new Coding("http://terminology.hl7.org/CodeSystem/v3-ActReason", "PATOBJ",
				"patient objection");
		Vaccination.Details withoutReason = new Vaccination.Details("Influenza", FLU, 1, null, null, null, GIVEN, "n1",
				"not-done", null);
		Vaccination.Details withReason = new Vaccination.Details("Influenza", FLU, 1, null, null, null, GIVEN, "n1",
				"not-done", refused);

		assertThatThrownBy(() -> Vaccination.record("v1", "p1", "n1", withoutReason, NOW))
			.isInstanceOf(InvalidChartRequestException.class)
			.extracting("field")
			.isEqualTo("notDoneReason");
		assertThat(Vaccination.record("v1", "p1", "n1", withReason, NOW).status()).isEqualTo("not-done");
	}

	@Test
	void aDoseNumberOutside1To20IsRefused() {
		Vaccination.Details dose21 = new Vaccination.Details("Influenza", FLU, 21, "LOT", LocalDate.of(2027, 1, 1),
				null, GIVEN, "n1", null, null);

		assertThatThrownBy(() -> Vaccination.record("v1", "p1", "n1", dose21, NOW))
			.isInstanceOf(InvalidChartRequestException.class)
			.extracting("field")
			.isEqualTo("doseNumber");
	}

	@Test
	void enteredInErrorClosesIt() {
		Vaccination marked = Vaccination.record("v1", "p1", "n1", given(LocalDate.of(2027, 6, 30), GIVEN), NOW)
			.enterInError("wrong patient", "n1", 0, NOW);

		assertThat(marked.status()).isEqualTo("entered-in-error");
		assertThatThrownBy(() -> marked.revise(given(LocalDate.of(2027, 6, 30), GIVEN), 1, NOW))
			.isInstanceOf(ChartConflictException.class);
	}

}
