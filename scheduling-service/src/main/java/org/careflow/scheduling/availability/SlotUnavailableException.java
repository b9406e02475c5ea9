package org.careflow.scheduling.availability;

/**
 * A well-formed request for a slot that a booking rule refuses (422); names the rule and
 * says it in words.
 */
public class SlotUnavailableException extends RuntimeException {

	private final Rule rule;

	public SlotUnavailableException(Rule rule, String message) {
		super(message);
		this.rule = rule;
	}

	public Rule rule() {
		return this.rule;
	}

}
