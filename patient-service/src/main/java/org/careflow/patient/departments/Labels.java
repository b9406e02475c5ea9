package org.careflow.patient.departments;

import java.util.regex.Pattern;

/**
 * What a room or bed label may be, in the copy and in a request alike: 1 to 20 characters
 * of plain text, not blank, without control or invisible formatting characters.
 */
public final class Labels {

	/** For bean validation of requests: the same rule as {@link #isLabel}. */
	public static final String PATTERN = "(?=.*\\S)[^\\p{C}]{1,20}";

	private static final Pattern LABEL = Pattern.compile(PATTERN);

	private Labels() {
	}

	public static boolean isLabel(String label) {
		return label != null && LABEL.matcher(label).matches();
	}

}
