package org.careflow.scheduling.availability;

import java.util.List;

/**
 * A doctor's weekly hours and booking rules as shown to clients; times are local to
 * {@code timeZone}.
 */
record ScheduleResponse(String doctorId, String timeZone, int slotMinutes, List<Hours> weeklyHours,
		int minNoticeMinutes, int maxDaysAhead, int bufferMinutes) {

	static ScheduleResponse of(DoctorAvailability availability) {
		WeeklySchedule schedule = availability.weekly();
		BookingRules rules = availability.rules();
		List<Hours> hours = schedule.hours()
			.stream()
			.map(range -> new Hours(range.day().name(), range.start().toString(), range.end().toString()))
			.toList();
		return new ScheduleResponse(schedule.doctorId(), schedule.zone().getId(), schedule.slotMinutes(), hours,
				rules.minNoticeMinutes(), rules.maxDaysAhead(), rules.bufferMinutes());
	}

	record Hours(String day, String start, String end) {
	}

}
