package org.careflow.patient.prescriptions;

import java.time.Instant;
import java.time.LocalDate;

import org.careflow.events.PrescriptionCreated;
import org.careflow.events.PrescriptionFilled;
import org.careflow.events.PrescriptionRevoked;
import org.careflow.patient.chart.ChartConflictException;
import org.careflow.patient.chart.ChartEntry;
import org.careflow.patient.chart.ChartRuleViolationException;
import org.careflow.patient.chart.ChartConflictException;
import org.careflow.patient.chart.ChartRuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PrescriptionTest {

	private static final Instant NOW = Instant.parse("2030-03-01T10:00:00Z");

	private static final Prescriber HOUSE = new Prescriber("d-1", "Gregory House", "GMC-123");

	@Test
	void aNewPrescriptionIsActiveAllowsOneFillPerRefillPlusOneAndIsAnnouncedWithIdsOnly() {
		Prescription written = written(20, 2);

		assertThat(written.status()).isEqualTo(Prescription.ACTIVE);
		assertThat(written.fillsRemaining()).isEqualTo(3);
		assertThat(written.version()).isZero();
		assertThat(written.pendingEvents()).singleElement().satisfies((pending) -> {
			assertThat(pending.topic()).isEqualTo("careflow.prescriptions");
			assertThat(pending.payload()).contains(PrescriptionCreated.TYPE).doesNotContain("Amoxicillin");
		});
	}

	@Test
	void partialFillsAddUpToOneFillAndRefillsCountDownToCompletion() {
		Prescription prescription = written(20, 1);

		Prescription part = prescription.fill("ph-1", 5, NOW);
		assertThat(part.fillsRemaining()).as("a partial fill is still the first fill").isEqualTo(2);
		assertThat(part.dispensedThisFill()).isEqualTo(5);
		assertThat(part.version()).isEqualTo(1);

		Prescription rest = part.fill("ph-1", 15, NOW);
		assertThat(rest.fillsRemaining()).isEqualTo(1);
		assertThat(rest.dispensedThisFill()).isZero();
		assertThat(rest.status()).isEqualTo(Prescription.ACTIVE);
		assertThat(rest.pendingEvents()).singleElement()
			.satisfies((pending) -> assertThat(pending.payload()).contains(PrescriptionFilled.TYPE)
				.contains("\"refillsRemaining\":1"));

		Prescription refill = rest.fill("ph-2", 20, NOW);
		assertThat(refill.status()).isEqualTo(Prescription.COMPLETED);
		assertThat(refill.fillsRemaining()).isZero();
		assertThat(refill.fills()).extracting(Fill::quantity).containsExactly(5, 15, 20);
		assertThatExceptionOfType(ChartConflictException.class).isThrownBy(() -> refill.fill("ph-1", 1, NOW));
	}

	@Test
	void moreThanIsLeftOfTheFillIsRefusedNamingTheQuantity() {
		Prescription part = written(20, 0).fill("ph-1", 18, NOW);

		assertThatExceptionOfType(ChartRuleViolationException.class).isThrownBy(() -> part.fill("ph-1", 3, NOW))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("quantity"));
		assertThatExceptionOfType(ChartRuleViolationException.class).isThrownBy(() -> part.fill("ph-1", 0, NOW))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("quantity"));
	}

	@Test
	void anExpiredPrescriptionCannotBeFilled() {
		Prescription prescription = written(20, 0);
		Instant afterValidity = Instant.parse("2030-04-01T00:00:00Z");

		assertThat(prescription.isFillable(Instant.parse("2030-03-31T23:59:59Z"))).isTrue();
		assertThat(prescription.isFillable(afterValidity)).isFalse();
		assertThatExceptionOfType(ChartRuleViolationException.class)
			.isThrownBy(() -> prescription.fill("ph-1", 1, afterValidity))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("validUntil"));
	}

	@Test
	void itsContentChangesOnlyBeforeAnythingIsDispensed() {
		Prescription prescription = written(20, 0);
		PrescriptionContent twice = content(40, 1);

		Prescription revised = prescription.revise(twice, NOW);
		assertThat(revised.medication().quantity()).isEqualTo(40);
		assertThat(revised.fillsRemaining()).isEqualTo(2);
		assertThat(revised.version()).isEqualTo(1);

		Prescription dispensed = revised.fill("ph-1", 1, NOW);
		assertThatExceptionOfType(ChartConflictException.class).isThrownBy(() -> dispensed.revise(twice, NOW));
	}

	@Test
	void cancelledOrEnteredInErrorItIsRevokedAndCannotBeFilled() {
		Prescription cancelled = written(20, 0).cancel(NOW);
		assertThat(cancelled.status()).isEqualTo(Prescription.CANCELLED);
		assertThat(cancelled.isFillable(NOW)).isFalse();
		assertThat(cancelled.pendingEvents()).singleElement()
			.satisfies((pending) -> assertThat(pending.payload()).contains(PrescriptionRevoked.TYPE)
				.contains("\"status\":\"cancelled\""));
		assertThatExceptionOfType(ChartConflictException.class).isThrownBy(() -> cancelled.fill("ph-1", 1, NOW));

		Prescription inError = cancelled.enterInError("wrong patient", "d-1", NOW);
		assertThat(inError.status()).isEqualTo(ChartEntry.ENTERED_IN_ERROR);
		assertThat(inError.enteredInError().reason()).isEqualTo("wrong patient");
		assertThat(inError.pendingEvents()).singleElement()
			.satisfies((pending) -> assertThat(pending.payload()).doesNotContain("wrong patient"));
		assertThatExceptionOfType(ChartConflictException.class)
			.isThrownBy(() -> inError.enterInError("again", "d-1", NOW));
	}

	private static Prescription written(int quantity, int refills) {
		return Prescription.write("p-1", HOUSE, content(quantity, refills), NOW);
	}

	private static PrescriptionContent content(int quantity, int refills) {
		return new PrescriptionContent(
				new Medication("Amoxicillin 500 mg", null, "1 capsule", "oral", "3 times a day", "7 days", quantity),
				"Take with food", refills, LocalDate.parse("2030-03-31"));
	}

}
