package org.careflow.patient.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.careflow.patient.chart.ChartConflictException;
import org.careflow.patient.chart.ChartDates;
import org.careflow.patient.chart.ChartEntry;
import org.careflow.patient.chart.Coding;
import org.careflow.patient.chart.EnteredInError;
import org.careflow.patient.chart.InvalidChartRequestException;

/**
 * An entry of the medical record (FHIR Condition, or a clinical note or check-up entry):
 * {@code active} or {@code resolved}, and {@value ChartEntry#ENTERED_IN_ERROR} once
 * marked so (then it is closed: no further change).
 *
 * @param authorId who wrote it
 * @param authorName their name as their token gave it, shown when a printout is verified
 * @param enteredInError who marked it entered-in-error, when and why (null until then)
 */
public record MedicalRecord(String id, String patientId, String authorId, String authorName, Instant createdAt,
		Instant updatedAt, String kind, Coding code, String text, LocalDate onset, String status, long version,
		EnteredInError enteredInError) implements ChartEntry {

	public static final Set<String> KINDS = Set.of("diagnosis", "note", "check-up");

	public static final String ACTIVE = "active";

	public static final String RESOLVED = "resolved";

	public static final int MAX_TEXT = 4000;

	/**
	 * A new record at version 0 ({@code active} unless the details say {@code resolved}).
	 */
	public static MedicalRecord write(String id, String patientId, String authorId, String authorName, Details details,
			Instant now) {
		details.check(now);
		return new MedicalRecord(id, patientId, authorId, authorName, now, now, details.kind(), details.code(),
				details.text(), details.onset(), details.statusOrActive(), 0, null);
	}

	/**
	 * The record with new details, at the version after {@code versionRead}.
	 * @throws ChartConflictException if it was entered in error
	 */
	public MedicalRecord revise(Details details, long versionRead, Instant now) {
		requireOpen();
		details.check(now);
		return new MedicalRecord(this.id, this.patientId, this.authorId, this.authorName, this.createdAt, now,
				details.kind(), details.code(), details.text(), details.onset(), details.statusOrActive(),
				versionRead + 1, null);
	}

	/**
	 * @throws ChartConflictException if it was entered in error already
	 */
	public MedicalRecord enterInError(String reason, String byId, long versionRead, Instant now) {
		requireOpen();
		return new MedicalRecord(this.id, this.patientId, this.authorId, this.authorName, this.createdAt, now,
				this.kind, this.code, this.text, this.onset, ENTERED_IN_ERROR, versionRead + 1,
				new EnteredInError(reason, byId, now));
	}

	private void requireOpen() {
		if (ENTERED_IN_ERROR.equals(this.status)) {
			throw new ChartConflictException(
					"The record " + this.id + " was entered in error; it can no longer change.");
		}
	}

	/** What the author writes; {@code status} null means {@code active}. */
	public record Details(String kind, Coding code, String text, LocalDate onset, String status) {

		String statusOrActive() {
			return (this.status != null) ? this.status : ACTIVE;
		}

		void check(Instant now) {
			if (!KINDS.contains(this.kind)) {
				throw new InvalidChartRequestException("kind", "must be one of diagnosis, note, check-up");
			}
			if (this.status != null && !Set.of(ACTIVE, RESOLVED).contains(this.status)) {
				throw new InvalidChartRequestException("status",
						"must be active or resolved (DELETE marks an entry entered-in-error)");
			}
			ChartDates.requireBetween1900And("onset", this.onset, ChartDates.latestToday(now));
		}

	}

}
