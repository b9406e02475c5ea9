package org.careflow.patient.chart;

/**
 * The change is not possible in the entry's present status (409): performing a procedure
 * twice, changing an entry entered in error. Reloading shows why.
 */
public class ChartConflictException extends RuntimeException {

	public ChartConflictException(String message) {
		super(message);
	}

}
