package org.careflow.patient.domain;

/**
 * The profile was changed since the caller read it (409): reload and decide again, so no
 * one's change is silently overwritten.
 */
public class StaleProfileException extends RuntimeException {

	private final long currentVersion;

	public StaleProfileException(String id, long currentVersion) {
		super("The profile of patient " + id + " was changed since you read it (now version " + currentVersion
				+ "); reload it and try again.");
		this.currentVersion = currentVersion;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

}
