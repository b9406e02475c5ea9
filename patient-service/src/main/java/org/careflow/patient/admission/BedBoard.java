package org.careflow.patient.admission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.careflow.patient.departments.Department;
import org.careflow.patient.departments.Room;

/**
 * Every bed of a department, in the department's order, with its status: a bed with no
 * occupancy is unoccupied. Occupancies of beds the department no longer lists (a room
 * removed while a patient lay in it) are not on the board; their admissions still end by
 * discharge as usual.
 */
final class BedBoard {

	private BedBoard() {
	}

	static List<Bed> of(Department department, Collection<BedOccupancy> occupancies) {
		Map<String, BedOccupancy> byKey = occupancies.stream()
			.collect(Collectors.toMap((occupancy) -> occupancy.place().key(), Function.identity(), (a, b) -> a));
		List<Bed> beds = new ArrayList<>(department.bedCount());
		for (Room room : department.rooms()) {
			for (String label : room.beds()) {
				BedOccupancy occupancy = byKey.get(new BedPlace(department.id(), room.name(), label).key());
				beds.add((occupancy != null)
						? new Bed(room.name(), label, occupancy.status(), occupancy.patientId(), occupancy.since())
						: new Bed(room.name(), label, BedStatus.UNOCCUPIED, null, null));
			}
		}
		return beds;
	}

	/**
	 * One bed on the board.
	 *
	 * @param patientId only while occupied
	 * @param since when it was occupied or its patient left; null while unoccupied
	 */
	record Bed(String room, String bed, BedStatus status, String patientId, Instant since) {
	}

}
