package org.careflow.patient.chart;

/**
 * A well-formed request that a clinical rule refuses (422, naming the field): a vaccine
 * from a lot that had expired on the day it was given.
 */
public class ChartRuleViolationException extends RuntimeException {

	private final String field;

	public ChartRuleViolationException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
