package org.careflow.patient.admission;

import org.careflow.patient.departments.Department;
import org.careflow.patient.departments.Room;

/**
 * A bed named in a request must exist in the department as the copy knows it (else 422
 * naming the field).
 */
final class BedCheck {

	private BedCheck() {
	}

	/**
	 * @throws UnknownPlaceException naming {@code room} or {@code bed}
	 */
	static void requireBed(Department department, String room, String bed) {
		Room found = department.room(room)
			.orElseThrow(() -> new UnknownPlaceException("room",
					"is not a room of department " + department.id() + " (as doctor-service last announced it)"));
		if (!found.hasBed(bed)) {
			throw new UnknownPlaceException("bed", "is not a bed of room " + room);
		}
	}

}
