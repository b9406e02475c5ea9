package org.careflow.patient.departments;

import java.util.List;

import org.careflow.events.DepartmentRemoved;
import org.careflow.events.DepartmentSaved;
import org.careflow.events.Topics;
import org.careflow.platform.kafka.EventJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link Departments} from {@code careflow.departments}. Idempotent on the event id
 * (a redelivered event changes nothing) and on time (an older event than the copy's is
 * ignored). A failure is retried with back-off by the platform's error handler, then
 * dead-lettered to {@code careflow.departments.dlt} — also an event outside the
 * contract's bounds (more than 200 rooms, say), which is never half applied.
 */
@Component
class DepartmentEventsListener {

	private static final Logger log = LoggerFactory.getLogger(DepartmentEventsListener.class);

	private final Departments departments;

	DepartmentEventsListener(Departments departments) {
		this.departments = departments;
	}

	@KafkaListener(id = "patient-departments", idIsGroup = false, topics = Topics.DEPARTMENTS)
	void on(String payload) {
		EventJson.read(payload).ifPresent((event) -> {
			switch (event) {
				case DepartmentSaved saved -> apply(Department.saved(saved.aggregateId(), saved.name(),
						rooms(saved.rooms()), saved.occurredAt(), saved.eventId().toString()));
				case DepartmentRemoved removed -> apply(
						Department.removed(removed.aggregateId(), removed.occurredAt(), removed.eventId().toString()));
				default -> {
				}
			}
		});
	}

	private void apply(Department department) {
		if (!this.departments.apply(department)) {
			log.debug("Department event {} is older than the copy or applied already", department.eventId());
		}
	}

	private static List<Room> rooms(List<DepartmentSaved.RoomBeds> rooms) {
		return rooms.stream().map((room) -> new Room(room.name(), room.beds())).toList();
	}

}
