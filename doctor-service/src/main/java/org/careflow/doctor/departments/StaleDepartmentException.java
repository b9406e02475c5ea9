package org.careflow.doctor.departments;

/** A change based on a version of a department that is no longer the current one. */
public class StaleDepartmentException extends RuntimeException {

	private final long currentVersion;

	StaleDepartmentException(String id, long currentVersion) {
		super("Department " + id + " has changed; its current version is " + currentVersion + ".");
		this.currentVersion = currentVersion;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

}
