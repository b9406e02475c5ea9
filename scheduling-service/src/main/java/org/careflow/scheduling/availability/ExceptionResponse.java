package org.careflow.scheduling.availability;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.careflow.scheduling.availability.ScheduleException.Block;
import org.careflow.scheduling.availability.ScheduleException.DateOverride;

/**
 * An exception as clients read it; a block has {@code start}, {@code end}, {@code reason}
 * and {@code status} {@code busy-unavailable} (FHIR), a date override {@code date},
 * {@code mode}, {@code hours}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ExceptionResponse(String id, String type, Instant start, Instant end, String reason, String status, String date,
		String mode, List<Range> hours) {

	static ExceptionResponse of(ScheduleException exception) {
		return switch (exception) {
			case Block block -> new ExceptionResponse(block.id(), "block", block.start(), block.end(),
					block.reason().code(), "busy-unavailable", null, null, null);
			case DateOverride override -> new ExceptionResponse(override.id(), "override", null, null, null, null,
					override.date().toString(), override.mode().name().toLowerCase(java.util.Locale.ROOT),
					override.hours()
						.stream()
						.map(range -> new Range(range.start().toString(), range.end().toString()))
						.toList());
		};
	}

	record Range(String start, String end) {
	}

}
