package org.careflow.patient.vaccines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

import org.careflow.patient.chart.ChartConflictException;
import org.careflow.patient.chart.ChartDates;
import org.careflow.patient.chart.ChartEntry;
import org.careflow.patient.chart.ChartRuleViolationException;
import org.careflow.patient.chart.Coding;
import org.careflow.patient.chart.EnteredInError;
import org.careflow.patient.chart.InvalidChartRequestException;

/**
 * A vaccine given, or not given (FHIR Immunization): {@code completed} or
 * {@code not-done} (with the reason code why not), and
 * {@value ChartEntry#ENTERED_IN_ERROR} once marked so (then closed). A dose from a lot
 * that had expired by the day it was given is refused (422): the lot's expiry date is its
 * last usable day.
 *
 * @param vaccineCode e.g. CVX
 * @param performerId who gave it
 * @param notDoneReason why it was not given (FHIR statusReason), only when not-done
 */
public record Vaccination(String id, String patientId, String authorId, Instant createdAt, Instant updatedAt,
		String vaccineName, Coding vaccineCode, int doseNumber, String lotNumber, LocalDate lotExpiry, String site,
		LocalDate dateGiven, String performerId, String status, Coding notDoneReason, long version,
		EnteredInError enteredInError) implements ChartEntry {

	public static final String COMPLETED = "completed";

	public static final String NOT_DONE = "not-done";

	public static final int MAX_DOSE = 20;

	public static final int MAX_NAME = 200;

	public static final int MAX_LOT = 64;

	public static final int MAX_SITE = 100;

	/** The longest shelf life a lot's expiry date may claim. */
	public static final Period MAX_SHELF_LIFE = Period.ofYears(30);

	/** A new vaccination at version 0, by {@code details.performerId()}. */
	public static Vaccination record(String id, String patientId, String authorId, Details details, Instant now) {
		String status = details.check(now);
		return new Vaccination(id, patientId, authorId, now, now, details.vaccineName(), details.vaccineCode(),
				details.doseNumber(), details.lotNumber(), details.lotExpiry(), details.site(), details.dateGiven(),
				details.performerId(), status, details.notDoneReason(), 0, null);
	}

	/**
	 * @throws ChartConflictException if it was entered in error
	 */
	public Vaccination revise(Details details, long versionRead, Instant now) {
		requireOpen();
		String status = details.check(now);
		return new Vaccination(this.id, this.patientId, this.authorId, this.createdAt, now, details.vaccineName(),
				details.vaccineCode(), details.doseNumber(), details.lotNumber(), details.lotExpiry(), details.site(),
				details.dateGiven(), details.performerId(), status, details.notDoneReason(), versionRead + 1, null);
	}

	/**
	 * @throws ChartConflictException if it was entered in error already
	 */
	public Vaccination enterInError(String reason, String byId, long versionRead, Instant now) {
		requireOpen();
		return new Vaccination(this.id, this.patientId, this.authorId, this.createdAt, now, this.vaccineName,
				this.vaccineCode, this.doseNumber, this.lotNumber, this.lotExpiry, this.site, this.dateGiven,
				this.performerId, ENTERED_IN_ERROR, this.notDoneReason, versionRead + 1,
				new EnteredInError(reason, byId, now));
	}

	private void requireOpen() {
		if (ENTERED_IN_ERROR.equals(this.status)) {
			throw new ChartConflictException(
					"The vaccination " + this.id + " was entered in error; it can no longer change.");
		}
	}

	/**
	 * What is recorded; {@code status} null means {@code completed}. For a dose given,
	 * the lot number and its expiry are required; for one not given, the reason.
	 */
	public record Details(String vaccineName, Coding vaccineCode, int doseNumber, String lotNumber, LocalDate lotExpiry,
			String site, LocalDate dateGiven, String performerId, String status, Coding notDoneReason) {

		/**
		 * @return the status these details give
		 * @throws InvalidChartRequestException naming a field that is missing or absurd
		 * @throws ChartRuleViolationException if the lot had expired when it was given
		 */
		String check(Instant now) {
			String status = (this.status != null) ? this.status : COMPLETED;
			if (!Set.of(COMPLETED, NOT_DONE).contains(status)) {
				throw new InvalidChartRequestException("status",
						"must be completed or not-done (DELETE marks an entry entered-in-error)");
			}
			if (this.doseNumber < 1 || this.doseNumber > MAX_DOSE) {
				throw new InvalidChartRequestException("doseNumber", "must be between 1 and " + MAX_DOSE);
			}
			if (this.dateGiven == null) {
				throw new InvalidChartRequestException("dateGiven", "is required");
			}
			ChartDates.requireBetween1900And("dateGiven", this.dateGiven, ChartDates.latestToday(now));
			ChartDates.requireBetween1900And("lotExpiry", this.lotExpiry, this.dateGiven.plus(MAX_SHELF_LIFE));
			if (NOT_DONE.equals(status)) {
				if (this.notDoneReason == null) {
					throw new InvalidChartRequestException("notDoneReason", "is required when the status is not-done");
				}
				return status;
			}
			if (this.notDoneReason != null) {
				throw new InvalidChartRequestException("notDoneReason", "is only for a vaccine not given");
			}
			if (this.lotNumber == null || this.lotNumber.isBlank()) {
				throw new InvalidChartRequestException("lotNumber", "is required for a vaccine given");
			}
			if (this.lotExpiry == null) {
				throw new InvalidChartRequestException("lotExpiry", "is required for a vaccine given");
			}
			if (this.lotExpiry.isBefore(this.dateGiven)) {
				throw new ChartRuleViolationException("lotExpiry",
						"the lot had expired on " + this.lotExpiry + ", before the date given " + this.dateGiven);
			}
			return status;
		}

	}

}
