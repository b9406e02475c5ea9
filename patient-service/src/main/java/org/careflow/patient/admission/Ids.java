package org.careflow.patient.admission;

/**
 * Ids in paths and bodies: 1 to 64 printable ASCII characters without spaces, as
 * elsewhere in this service.
 */
final class Ids {

	static final String PATTERN = "[\\x21-\\x7E]{1,64}";

	static final String MESSAGE = "must be an id: 1 to 64 printable ASCII characters without spaces";

	static final String LABEL_MESSAGE = "must be 1 to 20 characters of plain text, as the department names it";

	private Ids() {
	}

}
