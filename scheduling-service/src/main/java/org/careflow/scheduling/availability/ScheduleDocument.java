package org.careflow.scheduling.availability;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A schedule as stored: one document per doctor, keyed by the doctor id. */
@Document("schedules")
record ScheduleDocument(@Id String doctorId, String timeZone, int slotMinutes, List<Hours> weeklyHours,
		Instant updatedAt) {

	static ScheduleDocument from(WeeklySchedule schedule, Instant now) {
		List<Hours> hours = schedule.hours()
			.stream()
			.map(range -> new Hours(range.day().name(), range.start().toString(), range.end().toString()))
			.toList();
		return new ScheduleDocument(schedule.doctorId(), schedule.zone().getId(), schedule.slotMinutes(), hours, now);
	}

	WeeklySchedule toSchedule() {
		List<WorkingHours> hours = this.weeklyHours.stream()
			.map(range -> new WorkingHours(DayOfWeek.valueOf(range.day()), LocalTime.parse(range.start()),
					LocalTime.parse(range.end())))
			.toList();
		return WeeklySchedule.of(this.doctorId, this.timeZone, this.slotMinutes, hours);
	}

	record Hours(String day, String start, String end) {
	}

}
