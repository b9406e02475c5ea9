package org.careflow.doctor.domain;

/** A change based on a version of a doctor that is no longer the current one. */
public class StaleDoctorException extends RuntimeException {

	private final long currentVersion;

	StaleDoctorException(String id, long currentVersion) {
		super("Doctor " + id + " has changed; the current version is " + currentVersion + ".");
		this.currentVersion = currentVersion;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

}
