package org.careflow.scheduling.availability;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** Stores and finds doctors' weekly schedules. */
@Service
public class Schedules {

	private final ScheduleRepository repository;

	private final Clock clock;

	Schedules(ScheduleRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/** Replaces the doctor's schedule; existing claims are kept. */
	public WeeklySchedule save(WeeklySchedule schedule) {
		this.repository.save(ScheduleDocument.from(schedule, this.clock.instant()));
		return schedule;
	}

	public Optional<WeeklySchedule> find(String doctorId) {
		return this.repository.findById(doctorId).map(ScheduleDocument::toSchedule);
	}

	boolean exists(String doctorId) {
		return this.repository.existsById(doctorId);
	}

}
