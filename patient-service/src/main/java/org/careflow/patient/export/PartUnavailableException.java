package org.careflow.patient.export;

/** One service's part of an export could not be fetched; the export says so. */
class PartUnavailableException extends RuntimeException {

	private final String source;

	PartUnavailableException(String source, Throwable cause) {
		super("The part of " + source + " could not be fetched", cause);
		this.source = source;
	}

	String source() {
		return this.source;
	}

}
