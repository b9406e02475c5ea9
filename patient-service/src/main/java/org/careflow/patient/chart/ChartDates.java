package org.careflow.patient.chart;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Dates a chart accepts: none before {@value #EARLIEST_YEAR} (no patient was treated
 * then; a typo like 0202 is caught), none later than the caller says. "Today" is taken in
 * the zone furthest ahead (UTC+14), so a date that is today anywhere on Earth passes.
 */
public final class ChartDates {

	public static final int EARLIEST_YEAR = 1900;

	public static final LocalDate EARLIEST = LocalDate.of(EARLIEST_YEAR, 1, 1);

	private ChartDates() {
	}

	/** The latest calendar date anywhere at {@code now}. */
	public static LocalDate latestToday(Instant now) {
		return LocalDate.ofInstant(now, ZoneOffset.ofHours(14));
	}

	/**
	 * @throws InvalidChartRequestException naming {@code field} if {@code date} is before
	 * {@value #EARLIEST_YEAR} or after {@code latest}; a null date passes
	 */
	public static void requireBetween1900And(String field, LocalDate date, LocalDate latest) {
		if (date == null) {
			return;
		}
		if (date.isBefore(EARLIEST)) {
			throw new InvalidChartRequestException(field, "must not be before " + EARLIEST);
		}
		if (date.isAfter(latest)) {
			throw new InvalidChartRequestException(field, "must not be after " + latest);
		}
	}

}
