package org.careflow.doctor.departments;

import java.util.List;

import jakarta.validation.Valid;
import org.careflow.platform.validation.PlainText;

/**
 * A department as an admin sends it, to add one (POST) or to replace one (PUT, which must
 * also send the {@code version} it read). Lengths, counts and uniqueness are checked by
 * {@link DepartmentContent}, so every way of making a department keeps them; bean
 * validation only keeps control characters out of the text.
 */
record DepartmentRequest(@PlainText String name, @PlainText String description, @PlainText String location,
		List<@Valid RoomBody> rooms, Long version) {

	/**
	 * @throws InvalidDepartmentException naming every broken rule
	 */
	DepartmentContent content() {
		List<Room> given = (this.rooms != null)
				? this.rooms.stream().map((room) -> (room != null) ? room.toRoom() : null).toList() : null;
		return new DepartmentContent(this.name, this.description, this.location, given);
	}

	/** The version a replacement is based on; a replacement without one is refused. */
	long readVersion() {
		if (this.version == null) {
			throw new InvalidDepartmentException(List.of(new Violation("version", "must not be null")));
		}
		return this.version;
	}

}
