package org.careflow.doctor.departments;

import java.util.List;
import java.util.stream.IntStream;

/** Departments for tests: a valid one, and the largest the rules allow. */
final class DepartmentTestData {

	private DepartmentTestData() {
	}

	static DepartmentContent cardiology() {
		return new DepartmentContent("Cardiology", "Hearts", "Building B, 2nd floor",
				List.of(new Room("B201", List.of("1", "2")), new Room("B202", List.of("1"))));
	}

	/** {@code count} rooms named R0, R1, … each with {@code beds} beds. */
	static List<Room> rooms(int count, int beds) {
		return IntStream.range(0, count).mapToObj((i) -> new Room("R" + i, labels(beds))).toList();
	}

	static List<String> labels(int count) {
		return IntStream.range(0, count).mapToObj((i) -> "Bed " + i).toList();
	}

}
