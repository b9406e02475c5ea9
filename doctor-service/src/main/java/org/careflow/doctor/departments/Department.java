package org.careflow.doctor.departments;

import java.time.Instant;

/**
 * A department of the clinic. Its {@code version} counts its changes: whoever replaces
 * the content must say which version they read, so two admins editing at once cannot
 * silently overwrite each other (the second is told the current version).
 */
public record Department(String id, DepartmentContent content, long version, Instant createdAt, Instant updatedAt) {

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

}
