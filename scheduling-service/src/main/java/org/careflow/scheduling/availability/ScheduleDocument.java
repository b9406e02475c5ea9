package org.careflow.scheduling.availability;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.careflow.platform.outbox.PendingEvent;
import org.careflow.scheduling.availability.ScheduleException.Block;
import org.careflow.scheduling.availability.ScheduleException.DateOverride;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A doctor's availability as stored: one document per doctor, keyed by the doctor id,
 * holding the weekly hours, the booking rules (absent: the defaults) and the upcoming
 * exceptions. {@code revision} grows with every write, which is conditional on the one
 * read. {@code retired} is true once the doctor was retired (written false otherwise, so
 * that putting back a replaced document un-retires it; absent in older documents). Events
 * raised by a change wait in {@code pendingEvents} for the platform's outbox relay.
 */
@Document(ScheduleDocument.COLLECTION)
record ScheduleDocument(@Id String doctorId, String timeZone, int slotMinutes, List<Hours> weeklyHours,
		Integer minNoticeMinutes, Integer maxDaysAhead, Integer bufferMinutes, List<ExceptionEntry> exceptions,
		Long revision, Instant updatedAt, List<PendingEvent> pendingEvents, Boolean retired) {

	static final String COLLECTION = "schedules";

	static ScheduleDocument from(DoctorAvailability availability, long revision, Instant now,
			List<PendingEvent> events) {
		WeeklySchedule schedule = availability.weekly();
		List<Hours> hours = schedule.hours()
			.stream()
			.map(range -> new Hours(range.day().name(), range.start().toString(), range.end().toString()))
			.toList();
		BookingRules rules = availability.rules();
		List<ExceptionEntry> exceptions = availability.exceptions().stream().map(ExceptionEntry::from).toList();
		return new ScheduleDocument(schedule.doctorId(), schedule.zone().getId(), schedule.slotMinutes(), hours,
				rules.minNoticeMinutes(), rules.maxDaysAhead(), rules.bufferMinutes(), exceptions, revision, now,
				events.isEmpty() ? null : events, availability.retired());
	}

	DoctorAvailability toAvailability() {
		List<WorkingHours> hours = this.weeklyHours.stream()
			.map(range -> new WorkingHours(DayOfWeek.valueOf(range.day()), LocalTime.parse(range.start()),
					LocalTime.parse(range.end())))
			.toList();
		WeeklySchedule weekly = WeeklySchedule.of(this.doctorId, this.timeZone, this.slotMinutes, hours);
		BookingRules rules = BookingRules.of(this.minNoticeMinutes, this.maxDaysAhead, this.bufferMinutes);
		List<ScheduleException> exceptions = (this.exceptions != null)
				? this.exceptions.stream().map(ExceptionEntry::toException).toList() : List.of();
		DoctorAvailability availability = DoctorAvailability.of(weekly, rules, exceptions);
		return Boolean.TRUE.equals(this.retired) ? availability.retire() : availability;
	}

	long currentRevision() {
		return (this.revision != null) ? this.revision : 0;
	}

	record Hours(String day, String start, String end) {
	}

	/** A block ({@code start}, {@code end}, {@code reason}) or a date override. */
	record ExceptionEntry(String id, String type, Instant start, Instant end, String reason, String date, String mode,
			List<Range> hours) {

		static final String BLOCK = "block";

		static final String OVERRIDE = "override";

		static ExceptionEntry from(ScheduleException exception) {
			return switch (exception) {
				case Block block -> new ExceptionEntry(block.id(), BLOCK, block.start(), block.end(),
						block.reason().code(), null, null, null);
				case DateOverride override -> new ExceptionEntry(override.id(), OVERRIDE, null, null, null,
						override.date().toString(), override.mode().name(),
						override.hours()
							.stream()
							.map(range -> new Range(range.start().toString(), range.end().toString()))
							.toList());
			};
		}

		ScheduleException toException() {
			if (BLOCK.equals(this.type)) {
				return new Block(this.id, this.start, this.end, BlockReason.ofCode(this.reason));
			}
			return new DateOverride(this.id, LocalDate.parse(this.date), DateOverride.Mode.valueOf(this.mode),
					this.hours.stream()
						.map(range -> new TimeRange(LocalTime.parse(range.start()), LocalTime.parse(range.end())))
						.toList());
		}

	}

	record Range(String start, String end) {
	}

}
