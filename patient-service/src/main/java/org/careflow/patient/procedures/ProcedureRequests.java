package org.careflow.patient.procedures;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.careflow.patient.chart.ChartLists;
import org.careflow.patient.chart.Coding;
import org.careflow.platform.validation.PlainText;

/** The bodies of the procedure endpoints. */
final class ProcedureRequests {

	private ProcedureRequests() {
	}

	/** {@code status}: preparation (default) or not-done. */
	record NewProcedure(@NotBlank @Size(max = ChartLists.MAX_ID_LENGTH) String patientId,
			@NotBlank @Size(max = Procedure.MAX_NAME) @PlainText String name, @Valid Coding code,
			@Size(max = Procedure.MAX_REASON) @PlainText String reason, LocalDate plannedDate,
			@Size(max = ChartLists.MAX_ID_LENGTH) @PlainText String performerId, @Size(max = 20) String status) {

		Procedure.Details details() {
			return new Procedure.Details(this.name, this.code, this.reason, this.plannedDate, this.performerId,
					this.status);
		}

	}

	/** The whole procedure as it should be now, and the version it was read at. */
	record ProcedureChange(@NotBlank @Size(max = Procedure.MAX_NAME) @PlainText String name, @Valid Coding code,
			@Size(max = Procedure.MAX_REASON) @PlainText String reason, LocalDate plannedDate,
			@Size(max = ChartLists.MAX_ID_LENGTH) @PlainText String performerId, @Size(max = 20) String status,
			@NotNull @PositiveOrZero Long version) {

		Procedure.Details details() {
			return new Procedure.Details(this.name, this.code, this.reason, this.plannedDate, this.performerId,
					this.status);
		}

	}

	/**
	 * {@code performedAt} defaults to now; {@code performerId} to the caller.
	 */
	record Performance(@NotBlank @Size(max = Procedure.MAX_OUTCOME) @PlainText String outcome, Instant performedAt,
			@Size(max = ChartLists.MAX_ID_LENGTH) @PlainText String performerId) {

	}

}
