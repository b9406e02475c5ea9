package org.careflow.patient.allergies;

import java.time.Instant;
import java.util.Set;

import org.careflow.patient.chart.ChartConflictException;
import org.careflow.patient.chart.ChartEntry;
import org.careflow.patient.chart.Coding;
import org.careflow.patient.chart.EnteredInError;
import org.careflow.patient.chart.InvalidChartRequestException;

/**
 * An allergy or intolerance (FHIR AllergyIntolerance): {@code active} or
 * {@code inactive}, and {@value ChartEntry#ENTERED_IN_ERROR} once marked so (then
 * closed).
 *
 * @param severity of the reaction: mild, moderate or severe
 * @param criticality the risk of a future reaction: low, high or unable-to-assess
 */
public record Allergy(String id, String patientId, String authorId, Instant createdAt, Instant updatedAt,
		String substance, Coding substanceCode, String reaction, String severity, String criticality, String status,
		long version, EnteredInError enteredInError) implements ChartEntry {

	public static final String ACTIVE = "active";

	public static final String INACTIVE = "inactive";

	public static final Set<String> SEVERITIES = Set.of("mild", "moderate", "severe");

	public static final Set<String> CRITICALITIES = Set.of("low", "high", "unable-to-assess");

	public static final int MAX_SUBSTANCE = 200;

	public static final int MAX_REACTION = 500;

	/** A new allergy at version 0, {@code active} unless the details say otherwise. */
	public static Allergy record(String id, String patientId, String authorId, Details details, Instant now) {
		details.check();
		return new Allergy(id, patientId, authorId, now, now, details.substance(), details.substanceCode(),
				details.reaction(), details.severity(), details.criticality(), details.statusOrActive(), 0, null);
	}

	/**
	 * @throws ChartConflictException if it was entered in error
	 */
	public Allergy revise(Details details, long versionRead, Instant now) {
		requireOpen();
		details.check();
		return new Allergy(this.id, this.patientId, this.authorId, this.createdAt, now, details.substance(),
				details.substanceCode(), details.reaction(), details.severity(), details.criticality(),
				details.statusOrActive(), versionRead + 1, null);
	}

	/**
	 * @throws ChartConflictException if it was entered in error already
	 */
	public Allergy enterInError(String reason, String byId, long versionRead, Instant now) {
		requireOpen();
		return new Allergy(this.id, this.patientId, this.authorId, this.createdAt, now, this.substance,
				this.substanceCode, this.reaction, this.severity, this.criticality, ENTERED_IN_ERROR, versionRead + 1,
				new EnteredInError(reason, byId, now));
	}

	private void requireOpen() {
		if (ENTERED_IN_ERROR.equals(this.status)) {
			throw new ChartConflictException(
					"The allergy " + this.id + " was entered in error; it can no longer change.");
		}
	}

	/** What is recorded; {@code status} null means {@code active}. */
	public record Details(String substance, Coding substanceCode, String reaction, String severity, String criticality,
			String status) {

		String statusOrActive() {
			return (this.status != null) ? this.status : ACTIVE;
		}

		void check() {
			if (!SEVERITIES.contains(this.severity)) {
				throw new InvalidChartRequestException("severity", "must be mild, moderate or severe");
			}
			if (!CRITICALITIES.contains(this.criticality)) {
				throw new InvalidChartRequestException("criticality", "must be low, high or unable-to-assess");
			}
			if (this.status != null && !Set.of(ACTIVE, INACTIVE).contains(this.status)) {
				throw new InvalidChartRequestException("status",
						"must be active or inactive (DELETE marks an entry entered-in-error)");
			}
		}

	}

}
