package org.careflow.patient.records;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.careflow.patient.chart.ChartLists;
import org.careflow.patient.chart.Coding;
import org.careflow.platform.validation.PlainText;

/** The bodies of {@code POST /api/records} and {@code PUT /api/records/{id}}. */
final class RecordRequests {

	private RecordRequests() {
	}

	/**
	 * {@code kind}: diagnosis, note or check-up; {@code status}: active (default) or
	 * resolved.
	 */
	record NewRecord(@NotBlank @Size(max = ChartLists.MAX_ID_LENGTH) String patientId,
			@NotBlank @Size(max = 20) String kind, @Valid Coding code,
			@NotBlank @Size(max = MedicalRecord.MAX_TEXT) @PlainText String text, LocalDate onset,
			@Size(max = 20) String status) {

		MedicalRecord.Details details() {
			return new MedicalRecord.Details(this.kind, this.code, this.text, this.onset, this.status);
		}

	}

	/** The whole record as it should be now, and the version it was read at. */
	record RecordChange(@NotBlank @Size(max = 20) String kind, @Valid Coding code,
			@NotBlank @Size(max = MedicalRecord.MAX_TEXT) @PlainText String text, LocalDate onset,
			@Size(max = 20) String status, @NotNull @PositiveOrZero Long version) {

		MedicalRecord.Details details() {
			return new MedicalRecord.Details(this.kind, this.code, this.text, this.onset, this.status);
		}

	}

}
