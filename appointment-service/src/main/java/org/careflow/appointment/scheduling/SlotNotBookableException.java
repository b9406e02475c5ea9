package org.careflow.appointment.scheduling;

/**
 * The start is not one of the doctor's slots, it has passed, or it breaks one of the
 * doctor's booking rules (422).
 */
public class SlotNotBookableException extends RuntimeException {

	private final String rule;

	SlotNotBookableException(String message, String rule) {
		super(message);
		this.rule = rule;
	}

	/**
	 * The rule scheduling named ({@code min-notice}, {@code max-days-ahead},
	 * {@code buffer}, {@code unavailable}, ...), or {@code null}.
	 */
	public String rule() {
		return this.rule;
	}

}
