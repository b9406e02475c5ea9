package org.careflow.doctor.departments;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A department as stored. {@code nameKey} is the name in lower case: its unique index
 * makes names unique ignoring case even when two admins race, and lists sort by it.
 */
@Document(DepartmentDocument.COLLECTION)
record DepartmentDocument(@Id String id, String name, String nameKey, String description, String location,
		List<Room> rooms, long version, Instant createdAt, Instant updatedAt) {

	static final String COLLECTION = "departments";

	static final String NAME_KEY = "nameKey";

	static final String VERSION = "version";

	static final String ROOMS = "rooms";

	static DepartmentDocument from(Department department) {
		DepartmentContent content = department.content();
		return new DepartmentDocument(department.id(), content.name(), content.nameKey(), content.description(),
				content.location(), content.rooms(), department.version(), department.createdAt(),
				department.updatedAt());
	}

	Department toDepartment() {
		return new Department(this.id, new DepartmentContent(this.name, this.description, this.location, this.rooms),
				this.version, this.createdAt, this.updatedAt);
	}

}
