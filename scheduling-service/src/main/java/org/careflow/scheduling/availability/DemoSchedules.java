package org.careflow.scheduling.availability;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Weekly hours for the two demo doctors of the realm, written through the normal domain
 * path and only when absent, so a restart never overwrites what a doctor changed.
 */
@Component
@ConditionalOnBooleanProperty("careflow.demo-data")
class DemoSchedules implements ApplicationRunner {

	static final String HOUSE = "00000000-0000-4000-8000-000000000002";

	static final String GREY = "00000000-0000-4000-8000-000000000003";

	private static final Logger log = LoggerFactory.getLogger(DemoSchedules.class);

	private final Schedules schedules;

	DemoSchedules(Schedules schedules) {
		this.schedules = schedules;
	}

	@Override
	public void run(ApplicationArguments args) {
		EnumSet<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
		saveIfAbsent(HOUSE, hours(weekdays, "09:00", "12:00", "14:00", "17:00"));
		saveIfAbsent(GREY, hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), "08:00", "13:00"));
	}

	private void saveIfAbsent(String doctorId, List<WorkingHours> hours) {
		if (this.schedules.createIfAbsent(WeeklySchedule.of(doctorId, "Europe/Paris", 30, hours))) {
			log.info("Demo schedule created for doctor {}", doctorId);
		}
	}

	/** The same ranges (start, end, start, end, ...) on each of the days. */
	private static List<WorkingHours> hours(EnumSet<DayOfWeek> days, String... bounds) {
		List<WorkingHours> hours = new ArrayList<>();
		for (DayOfWeek day : days) {
			for (int i = 0; i < bounds.length; i += 2) {
				hours.add(new WorkingHours(day, LocalTime.parse(bounds[i]), LocalTime.parse(bounds[i + 1])));
			}
		}
		return hours;
	}

}
