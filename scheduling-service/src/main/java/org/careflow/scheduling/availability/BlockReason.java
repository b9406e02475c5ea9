package org.careflow.scheduling.availability;

import java.util.Locale;

/**
 * Why a doctor blocked time: a code, never free text (it may travel in logs and events).
 * Blocked time is a FHIR slot of status {@code busy-unavailable}.
 */
public enum BlockReason {

	LEAVE, TRAINING, HOLIDAY, OTHER;

	public static final String CODES = "leave|training|holiday|other";

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static BlockReason ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
