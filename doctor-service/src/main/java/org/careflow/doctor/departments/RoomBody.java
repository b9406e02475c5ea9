package org.careflow.doctor.departments;

import java.util.List;

import org.careflow.platform.validation.PlainText;

/**
 * A room on the wire: {@code {"name":"R1","beds":["A","B"]}}. Lengths and uniqueness are
 * the department's rules ({@link DepartmentContent}); here only what may appear in text.
 */
record RoomBody(@PlainText String name, List<@PlainText String> beds) {

	static RoomBody of(Room room) {
		return new RoomBody(room.name(), room.beds());
	}

	Room toRoom() {
		return new Room(this.name, this.beds);
	}

}
