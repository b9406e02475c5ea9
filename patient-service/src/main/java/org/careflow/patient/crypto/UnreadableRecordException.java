package org.careflow.patient.crypto;

/**
 * A stored record whose protected fields failed their integrity check: it is refused
 * whole rather than shown in part or as garbage. Names the record's id only.
 */
public class UnreadableRecordException extends RuntimeException {

	private final String recordId;

	public UnreadableRecordException(String recordId, IntegrityException cause) {
		super("Record " + recordId + " failed its integrity check and cannot be read", cause);
		this.recordId = recordId;
	}

	public String recordId() {
		return this.recordId;
	}

}
