package org.careflow.patient.chart;

/** A request to the chart with one bad field or header (400, naming it). */
public class InvalidChartRequestException extends RuntimeException {

	private final String field;

	public InvalidChartRequestException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
