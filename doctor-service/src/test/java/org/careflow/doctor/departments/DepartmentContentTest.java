package org.careflow.doctor.departments;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a department's content, each naming the field a client must fix. */
class DepartmentContentTest {

	@Test
	void textsAreStrippedAndBlankOptionalOnesAreDropped() {
		DepartmentContent content = new DepartmentContent("  Cardiology ", "   ", null,
				List.of(new Room(" B201 ", List.of(" 1 ", "2"))));

		assertThat(content.name()).isEqualTo("Cardiology");
		assertThat(content.description()).isNull();
		assertThat(content.location()).isNull();
		assertThat(content.rooms()).containsExactly(new Room("B201", List.of("1", "2")));
	}

	@Test
	void noRoomsIsAnEmptyList() {
		assertThat(new DepartmentContent("Radiology", null, null, null).rooms()).isEmpty();
	}

	@Test
	void theNameIsRequired() {
		assertThat(violations(() -> new DepartmentContent(" \t ", null, null, List.of()))).extracting(Violation::field)
			.containsExactly("name");
		assertThat(violations(() -> new DepartmentContent(null, null, null, List.of()))).extracting(Violation::field)
			.containsExactly("name");
	}

	@Test
	void textsMayBeAsLongAsTheirMaximumButNotLonger() {
		DepartmentContent longest = new DepartmentContent("n".repeat(100), "d".repeat(1000), "l".repeat(200),
				List.of(new Room("r".repeat(20), List.of("b".repeat(20)))));
		assertThat(longest.name()).hasSize(100);

		assertThat(violations(() -> new DepartmentContent("n".repeat(101), "d".repeat(1001), "l".repeat(201),
				List.of(new Room("r".repeat(21), List.of("b".repeat(21)))))))
			.extracting(Violation::field)
			.containsExactly("name", "description", "location", "rooms[0].name", "rooms[0].beds[0]");
	}

	@Test
	void surroundingSpacesDoNotCountTowardsTheMaximum() {
		assertThat(new DepartmentContent("  " + "n".repeat(100) + "  ", null, null, null).name()).hasSize(100);
	}

	@Test
	void twoHundredRoomsOfTwentyBedsAreAllowedButNotOneRoomMore() {
		assertThat(new DepartmentContent("Big", null, null, DepartmentTestData.rooms(200, 20)).rooms()).hasSize(200);

		assertThat(violations(() -> new DepartmentContent("Bigger", null, null, DepartmentTestData.rooms(201, 1))))
			.containsExactly(new Violation("rooms", "must have at most 200 rooms"));
	}

	@Test
	void aRoomHasAtMostTwentyBeds() {
		List<Room> rooms = List.of(new Room("R1", DepartmentTestData.labels(21)));

		assertThat(violations(() -> new DepartmentContent("Ward", null, null, rooms)))
			.containsExactly(new Violation("rooms[0].beds", "must have at most 20 beds"));
	}

	@Test
	void roomNamesAreUniqueWithinTheDepartmentIgnoringCase() {
		List<Room> rooms = List.of(new Room("R1", List.of()), new Room("R2", List.of()), new Room(" r1", List.of()));

		assertThat(violations(() -> new DepartmentContent("Ward", null, null, rooms)))
			.containsExactly(new Violation("rooms[2].name", "must be unique within the department"));
	}

	@Test
	void bedLabelsAreUniqueWithinTheirRoomButMayRepeatAcrossRooms() {
		List<Room> sameLabelsInTwoRooms = List.of(new Room("R1", List.of("A", "B")), new Room("R2", List.of("A")));
		assertThat(new DepartmentContent("Ward", null, null, sameLabelsInTwoRooms).rooms()).hasSize(2);

		List<Room> twiceInOneRoom = List.of(new Room("R1", List.of("A", "B", "a ")));
		assertThat(violations(() -> new DepartmentContent("Ward", null, null, twiceInOneRoom)))
			.containsExactly(new Violation("rooms[0].beds[2]", "must be unique within the room"));
	}

	@Test
	void missingRoomsNamesAndLabelsAreNamedNotThrownAt() {
		List<Room> rooms = Arrays.asList(new Room(null, Arrays.asList("A", null, " ")), null);

		assertThat(violations(() -> new DepartmentContent("Ward", null, null, rooms))).extracting(Violation::field)
			.containsExactly("rooms[0].name", "rooms[0].beds[1]", "rooms[0].beds[2]", "rooms[1]");
	}

	@Test
	void everyBrokenRuleIsReportedAtOnce() {
		List<Room> rooms = IntStream.range(0, 3).mapToObj((i) -> new Room("", List.of())).toList();

		assertThat(violations(() -> new DepartmentContent("", null, null, rooms))).hasSize(4);
	}

	@Test
	void theNameKeyIgnoresCase() {
		assertThat(new DepartmentContent("Intensive Care", null, null, null).nameKey()).isEqualTo("intensive care");
	}

	private static List<Violation> violations(ThrowingCallable creating) {
		InvalidDepartmentException[] thrown = new InvalidDepartmentException[1];
		assertThatThrownBy(creating).isInstanceOfSatisfying(InvalidDepartmentException.class, (ex) -> thrown[0] = ex);
		return thrown[0].violations();
	}

}
