package org.careflow.doctor.departments;

import java.time.Instant;
import java.util.List;

/** A department with its rooms, and the version a change of it must name. */
record DepartmentResponse(String id, String name, String description, String location, List<RoomBody> rooms,
		long version, Instant createdAt, Instant updatedAt) {

	static DepartmentResponse of(Department department) {
		DepartmentContent content = department.content();
		return new DepartmentResponse(department.id(), content.name(), content.description(), content.location(),
				content.rooms().stream().map(RoomBody::of).toList(), department.version(), department.createdAt(),
				department.updatedAt());
	}

}
