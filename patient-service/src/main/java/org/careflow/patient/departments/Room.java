package org.careflow.patient.departments;

import java.util.List;

/**
 * One room of a department by its label, with the labels of its beds in the department's
 * order.
 */
public record Room(String name, List<String> beds) {

	public Room {
		beds = List.copyOf(beds);
	}

	public boolean hasBed(String bed) {
		return this.beds.contains(bed);
	}

}
