package org.careflow.doctor.departments;

import java.time.Instant;

import org.careflow.events.DepartmentSaved;

/**
 * A department of the clinic. Its {@code version} counts its changes: whoever replaces
 * the content must say which version they read, so two admins editing at once cannot
 * silently overwrite each other (the second is told the current version).
 */
public record Department(String id, DepartmentContent content, long version, Instant createdAt, Instant updatedAt) {

	/** Where departments are stored (an outbox collection: they carry their events). */
	public static final String COLLECTION = "departments";

	/** The version a new department starts at. */
	public static final long FIRST_VERSION = 0;

	public static Department create(String id, DepartmentContent content, Instant now) {
		return new Department(id, content, FIRST_VERSION, now, now);
	}

	/**
	 * The department with new content, one version on.
	 * @param readVersion the version the content was based on
	 * @throws StaleDepartmentException if that is not the current version
	 */
	public Department replace(long readVersion, DepartmentContent newContent, Instant now) {
		if (readVersion != this.version) {
			throw new StaleDepartmentException(this.id, this.version);
		}
		return new Department(this.id, newContent, this.version + 1, this.createdAt, now);
	}

	/**
	 * The {@code department.saved} event announcing the department as it is now: its name
	 * and its rooms with their beds, as the services that keep a copy need them.
	 */
	public DepartmentSaved saved() {
		return DepartmentSaved.of(this.id, this.content.name(),
				this.content.rooms()
					.stream()
					.map((room) -> new DepartmentSaved.RoomBeds(room.name(), room.beds()))
					.toList());
	}

}
