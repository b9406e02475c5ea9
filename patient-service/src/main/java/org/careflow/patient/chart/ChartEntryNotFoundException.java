package org.careflow.patient.chart;

/** No chart entry of that kind has the id (404). */
public class ChartEntryNotFoundException extends RuntimeException {

	public ChartEntryNotFoundException(ChartArea area, String id) {
		super("No " + area.resourceType() + " " + id);
	}

}
