package org.careflow.doctor.departments;

import java.time.Instant;
import java.util.List;

import org.careflow.platform.outbox.PendingEvent;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A department as stored. {@code nameKey} is the name in lower case: its unique index
 * makes names unique ignoring case even when two admins race, and lists sort by it.
 * {@code pendingEvents} wait for the outbox relay. A removed department stays as a
 * tombstone ({@code removedAt} set) until its {@code department.removed} event is out;
 * see {@link Departments#remove}.
 */
@Document(DepartmentDocument.COLLECTION)
record DepartmentDocument(@Id String id, String name, String nameKey, String description, String location,
		List<Room> rooms, long version, Instant createdAt, Instant updatedAt, Instant removedAt,
		List<PendingEvent> pendingEvents) {

	static final String COLLECTION = Department.COLLECTION;

	static final String REMOVED_AT = "removedAt";

	static final String NAME_KEY = "nameKey";

	static final String VERSION = "version";

	static final String ROOMS = "rooms";

	static DepartmentDocument from(Department department, List<PendingEvent> events) {
		DepartmentContent content = department.content();
		return new DepartmentDocument(department.id(), content.name(), content.nameKey(), content.description(),
				content.location(), content.rooms(), department.version(), department.createdAt(),
				department.updatedAt(), null, events);
	}

	Department toDepartment() {
		return new Department(this.id, new DepartmentContent(this.name, this.description, this.location, this.rooms),
				this.version, this.createdAt, this.updatedAt);
	}

}
