package org.careflow.patient.chart;

/**
 * The entry was changed since the caller read it (409): they must reload it and decide
 * again, so that no one's change is silently overwritten.
 */
public class StaleVersionException extends RuntimeException {

	private final long currentVersion;

	public StaleVersionException(ChartArea area, String id, long currentVersion) {
		super("The " + area.resourceType() + " " + id + " was changed since you read it (now version " + currentVersion
				+ "); reload it and try again.");
		this.currentVersion = currentVersion;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

}
