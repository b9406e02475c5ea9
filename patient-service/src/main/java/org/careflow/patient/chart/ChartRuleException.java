package org.careflow.patient.chart;

/**
 * A change the chart's rules refuse: {@link #conflict} (409) when the entry's state does
 * not allow it now (performing twice, filling a completed prescription), {@link #invalid}
 * (422, naming the field) when the request can never be right for this entry (an expired
 * lot, more than the prescribed quantity).
 */
public final class ChartRuleException extends RuntimeException {

	private final String field;

	private ChartRuleException(String field, String message) {
		super(message);
		this.field = field;
	}

	public static ChartRuleException conflict(String message) {
		return new ChartRuleException(null, message);
	}

	public static ChartRuleException invalid(String field, String message) {
		return new ChartRuleException(field, message);
	}

	/** The field at fault, or {@code null} for a conflict with the entry's state. */
	public String field() {
		return this.field;
	}

	public boolean isConflict() {
		return this.field == null;
	}

}
