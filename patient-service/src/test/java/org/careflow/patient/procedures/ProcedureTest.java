package org.careflow.patient.procedures;

import java.time.Instant;
import java.time.LocalDate;

import org.careflow.patient.chart.ChartConflictException;
import org.careflow.patient.chart.InvalidChartRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcedureTest {

	private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

	static Procedure.Details spirometry(String status) {
		return new Procedure.Details("Spirometry", null, "Asthma follow-up", LocalDate.of(2026, 12, 10), null, status);
	}

	private static Procedure planned() {
		return Procedure.plan("x1", "p1", "d1", spirometry(null), NOW);
	}

	@Test
	void aNewProcedureIsInPreparation() {
		assertThat(planned().status()).isEqualTo("preparation");
		assertThat(planned().version()).isZero();
	}

	@Test
	void performingCompletesItWithOutcomePerformerAndTime() {
		Instant at = NOW.minusSeconds(3600);

		Procedure done = planned().perform("FEV1 normal", at, "n1", NOW);

		assertThat(done.status()).isEqualTo("completed");
		assertThat(done.outcome()).isEqualTo("FEV1 normal");
		assertThat(done.performedAt()).isEqualTo(at);
		assertThat(done.performerId()).isEqualTo("n1");
		assertThat(done.version()).isEqualTo(1);
	}

	@Test
	void performedAtDefaultsToNow() {
		assertThat(planned().perform("ok", null, "n1", NOW).performedAt()).isEqualTo(NOW);
	}

	@Test
	void aProcedureIsPerformedOnlyOnce() {
		Procedure done = planned().perform("ok", null, "n1", NOW);

		assertThatThrownBy(() -> done.perform("again", null, "n1", NOW)).isInstanceOf(ChartConflictException.class);
	}

	@Test
	void oneNotDoneOrEnteredInErrorCannotBePerformed() {
		Procedure notDone = planned().revise(spirometry("not-done"), 0, NOW);
		Procedure inError = planned().enterInError("duplicate", "d1", 0, NOW);

		assertThatThrownBy(() -> notDone.perform("ok", null, "n1", NOW)).isInstanceOf(ChartConflictException.class);
		assertThatThrownBy(() -> inError.perform("ok", null, "n1", NOW)).isInstanceOf(ChartConflictException.class);
	}

	@Test
	void completedIsReachedOnlyByPerformingAndNeverLeft() {
		assertThatThrownBy(() -> Procedure.plan("x1", "p1", "d1", spirometry("completed"), NOW))
			.isInstanceOf(ChartConflictException.class);
		assertThatThrownBy(() -> planned().revise(spirometry("completed"), 0, NOW))
			.isInstanceOf(ChartConflictException.class);
		Procedure done = planned().perform("ok", null, "n1", NOW);
		assertThatThrownBy(() -> done.revise(spirometry("preparation"), 1, NOW))
			.isInstanceOf(ChartConflictException.class);
		assertThat(done.revise(spirometry(null), 1, NOW).status()).isEqualTo("completed");
	}

	@Test
	void aPerformanceInTheFutureIsRefusedNamingIt() {
		assertThatThrownBy(() -> planned().perform("ok", NOW.plusSeconds(3600), "n1", NOW))
			.isInstanceOf(InvalidChartRequestException.class)
			.extracting("field")
			.isEqualTo("performedAt");
	}

	@Test
	void aPlannedDateBefore1900OrDecadesAheadIsRefused() {
		for (LocalDate absurd : new LocalDate[] { LocalDate.of(1800, 1, 1), LocalDate.of(2040, 1, 1) }) {
			Procedure.Details details = new Procedure.Details("Spirometry", null, null, absurd, null, null);
			assertThatThrownBy(() -> Procedure.plan("x1", "p1", "d1", details, NOW))
				.isInstanceOf(InvalidChartRequestException.class)
				.extracting("field")
				.isEqualTo("plannedDate");
		}
	}

}
