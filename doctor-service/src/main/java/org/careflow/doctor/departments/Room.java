package org.careflow.doctor.departments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A room of a department and the labels of its beds. As a client sent it, it may be
 * anything; inside a {@link DepartmentContent} it has been stripped and checked.
 */
public record Room(String name, List<String> beds) {

	public Room {
		// a copy that tolerates null labels: they are reported, not thrown at
		beds = (beds != null) ? Collections.unmodifiableList(new ArrayList<>(beds)) : List.of();
	}

}
