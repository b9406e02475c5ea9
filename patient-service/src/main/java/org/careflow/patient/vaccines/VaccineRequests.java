package org.careflow.patient.vaccines;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.careflow.patient.chart.ChartLists;
import org.careflow.patient.chart.Coding;
import org.careflow.platform.validation.PlainText;

/** The bodies of {@code POST /api/vaccines} and {@code PUT /api/vaccines/{id}}. */
final class VaccineRequests {

	private VaccineRequests() {
	}

	/**
	 * {@code status}: completed (default) or not-done (then {@code notDoneReason});
	 * {@code performerId} defaults to the caller.
	 */
	record NewVaccination(@NotBlank @Size(max = ChartLists.MAX_ID_LENGTH) String patientId,
			@NotBlank @Size(max = Vaccination.MAX_NAME) @PlainText String vaccineName, @Valid Coding vaccineCode,
			@NotNull @Min(1) @Max(Vaccination.MAX_DOSE) Integer doseNumber,
			@Size(max = Vaccination.MAX_LOT) @PlainText String lotNumber, LocalDate lotExpiry,
			@Size(max = Vaccination.MAX_SITE) @PlainText String site, @NotNull LocalDate dateGiven,
			@Size(max = ChartLists.MAX_ID_LENGTH) @PlainText String performerId, @Size(max = 20) String status,
			@Valid Coding notDoneReason) {

		Vaccination.Details details(String callerId) {
			return new Vaccination.Details(this.vaccineName, this.vaccineCode, this.doseNumber, this.lotNumber,
					this.lotExpiry, this.site, this.dateGiven, (this.performerId != null) ? this.performerId : callerId,
					this.status, this.notDoneReason);
		}

	}

	/** The whole vaccination as it should be now, and the version it was read at. */
	record VaccinationChange(@NotBlank @Size(max = Vaccination.MAX_NAME) @PlainText String vaccineName,
			@Valid Coding vaccineCode, @NotNull @Min(1) @Max(Vaccination.MAX_DOSE) Integer doseNumber,
			@Size(max = Vaccination.MAX_LOT) @PlainText String lotNumber, LocalDate lotExpiry,
			@Size(max = Vaccination.MAX_SITE) @PlainText String site, @NotNull LocalDate dateGiven,
			@Size(max = ChartLists.MAX_ID_LENGTH) @PlainText String performerId, @Size(max = 20) String status,
			@Valid Coding notDoneReason, @NotNull @PositiveOrZero Long version) {

		Vaccination.Details details(String callerId) {
			return new Vaccination.Details(this.vaccineName, this.vaccineCode, this.doseNumber, this.lotNumber,
					this.lotExpiry, this.site, this.dateGiven, (this.performerId != null) ? this.performerId : callerId,
					this.status, this.notDoneReason);
		}

	}

}
