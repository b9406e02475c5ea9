package org.careflow.patient.procedures;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import org.careflow.patient.chart.ChartConflictException;
import org.careflow.patient.chart.ChartDates;
import org.careflow.patient.chart.ChartEntry;
import org.careflow.patient.chart.Coding;
import org.careflow.patient.chart.EnteredInError;
import org.careflow.patient.chart.InvalidChartRequestException;

/**
 * A procedure (FHIR Procedure): planned in {@code preparation}, {@code completed} once
 * performed (only by {@link #perform}, once), or {@code not-done}; and
 * {@value ChartEntry#ENTERED_IN_ERROR} once marked so (then closed).
 *
 * @param performerId who performs it (planned) or performed it
 * @param outcome what came of it, once performed
 */
public record Procedure(String id, String patientId, String authorId, Instant createdAt, Instant updatedAt, String name,
		Coding code, String reason, LocalDate plannedDate, String performerId, String status, String outcome,
		Instant performedAt, long version, EnteredInError enteredInError) implements ChartEntry {

	public static final String PREPARATION = "preparation";

	public static final String COMPLETED = "completed";

	public static final String NOT_DONE = "not-done";

	public static final int MAX_NAME = 200;

	public static final int MAX_REASON = 500;

	public static final int MAX_OUTCOME = 1000;

	/** How far ahead a procedure may be planned. */
	public static final Duration MAX_PLANNING = Duration.ofDays(5 * 366);

	/** A clock a little ahead of ours is not "the future". */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	/**
	 * A new procedure at version 0, in {@code preparation} unless it is {@code not-done}.
	 */
	public static Procedure plan(String id, String patientId, String authorId, Details details, Instant now) {
		details.check(now);
		String status = (details.status() != null) ? details.status() : PREPARATION;
		if (COMPLETED.equals(status)) {
			throw performInstead();
		}
		return new Procedure(id, patientId, authorId, now, now, details.name(), details.code(), details.reason(),
				details.plannedDate(), details.performerId(), status, null, null, 0, null);
	}

	/**
	 * The procedure with new details. A completed one stays completed (it cannot be
	 * undone); one not yet performed moves between {@code preparation} and
	 * {@code not-done} only.
	 * @throws ChartConflictException if it was entered in error, or the status asked for
	 * cannot follow the present one
	 */
	public Procedure revise(Details details, long versionRead, Instant now) {
		requireOpen();
		details.check(now);
		String next = (details.status() != null) ? details.status() : this.status;
		if (COMPLETED.equals(this.status) && !COMPLETED.equals(next)) {
			throw new ChartConflictException("The procedure " + this.id + " was performed; it cannot become " + next
					+ " (mark it entered-in-error if it never happened).");
		}
		if (!COMPLETED.equals(this.status) && COMPLETED.equals(next)) {
			throw performInstead();
		}
		return new Procedure(this.id, this.patientId, this.authorId, this.createdAt, now, details.name(),
				details.code(), details.reason(), details.plannedDate(), details.performerId(), next, this.outcome,
				this.performedAt, versionRead + 1, null);
	}

	/**
	 * {@code preparation} → {@code completed}, by {@code performerId} at
	 * {@code performedAt} (now when null).
	 * @throws ChartConflictException if it was performed already, is not-done or was
	 * entered in error
	 * @throws InvalidChartRequestException if {@code performedAt} is in the future or
	 * before 1900
	 */
	public Procedure perform(String outcome, Instant performedAt, String performerId, Instant now) {
		requireOpen();
		if (!PREPARATION.equals(this.status)) {
			throw new ChartConflictException(
					"The procedure " + this.id + " is " + this.status + "; only one in preparation can be performed.");
		}
		Instant at = (performedAt != null) ? performedAt : now;
		if (at.isAfter(now.plus(CLOCK_SKEW))) {
			throw new InvalidChartRequestException("performedAt", "must not be in the future");
		}
		if (at.isBefore(ChartDates.EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant())) {
			throw new InvalidChartRequestException("performedAt", "must not be before " + ChartDates.EARLIEST);
		}
		return new Procedure(this.id, this.patientId, this.authorId, this.createdAt, now, this.name, this.code,
				this.reason, this.plannedDate, performerId, COMPLETED, outcome, at, this.version + 1, null);
	}

	/**
	 * @throws ChartConflictException if it was entered in error already
	 */
	public Procedure enterInError(String reason, String byId, long versionRead, Instant now) {
		requireOpen();
		return new Procedure(this.id, this.patientId, this.authorId, this.createdAt, now, this.name, this.code,
				this.reason, this.plannedDate, this.performerId, ENTERED_IN_ERROR, this.outcome, this.performedAt,
				versionRead + 1, new EnteredInError(reason, byId, now));
	}

	private void requireOpen() {
		if (ENTERED_IN_ERROR.equals(this.status)) {
			throw new ChartConflictException(
					"The procedure " + this.id + " was entered in error; it can no longer change.");
		}
	}

	private static ChartConflictException performInstead() {
		return new ChartConflictException("A procedure becomes completed only by POST /api/procedures/{id}/perform.");
	}

	/**
	 * What the author plans; {@code status} null means {@code preparation} (or
	 * unchanged).
	 */
	public record Details(String name, Coding code, String reason, LocalDate plannedDate, String performerId,
			String status) {

		void check(Instant now) {
			if (this.status != null && !Set.of(PREPARATION, COMPLETED, NOT_DONE).contains(this.status)) {
				throw new InvalidChartRequestException("status", "must be preparation or not-done");
			}
			LocalDate latest = ChartDates.latestToday(now.plus(MAX_PLANNING));
			ChartDates.requireBetween1900And("plannedDate", this.plannedDate, latest);
		}

	}

}
