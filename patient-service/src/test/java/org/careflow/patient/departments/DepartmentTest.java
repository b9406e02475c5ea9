package org.careflow.patient.departments;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DepartmentTest {

	private static final Instant NOON = Instant.parse("2026-12-01T12:00:00Z");

	private static Department cardiology(Instant at, String eventId) {
		return Department.saved("cardio", "Cardiology", List.of(new Room("101", List.of("A", "B"))), at, eventId);
	}

	@Test
	void aNewerEventReplacesTheCopyAnOlderOneOrTheSameOneAgainDoesNot() {
		Department copy = cardiology(NOON, "e1");

		assertThat(copy.isReplacedBy(NOON.plusSeconds(1), "e2")).isTrue();
		assertThat(copy.isReplacedBy(NOON.minusSeconds(1), "e0")).isFalse();
		assertThat(copy.isReplacedBy(NOON, "e1")).as("redelivered").isFalse();
		assertThat(copy.isReplacedBy(NOON.plusSeconds(60), "e1")).as("redelivered, whatever its time").isFalse();
	}

	@Test
	void ofTwoEventsAtTheSameInstantTheOneReadLaterWins() {
		assertThat(cardiology(NOON, "e1").isReplacedBy(NOON, "e2")).isTrue();
	}

	@Test
	void aRemovalIsKeptAsAMarkerThatAnOlderSaveCannotUndo() {
		Department removed = Department.removed("cardio", NOON, "e9");

		assertThat(removed.removed()).isTrue();
		assertThat(removed.rooms()).isEmpty();
		assertThat(removed.isReplacedBy(NOON.minusSeconds(5), "e8")).isFalse();
		assertThat(removed.isReplacedBy(NOON.plusSeconds(5), "e10")).as("re-created later").isTrue();
	}

	@Test
	void findsARoomAndItsBedsByLabel() {
		Department department = cardiology(NOON, "e1");

		assertThat(department.room("101")).hasValueSatisfying((room) -> assertThat(room.hasBed("B")).isTrue());
		assertThat(department.room("101").orElseThrow().hasBed("C")).isFalse();
		assertThat(department.room("102")).isEmpty();
		assertThat(department.bedCount()).isEqualTo(2);
	}

	@Test
	void theContractsBoundsHold() {
		List<Room> tooManyRooms = IntStream.rangeClosed(1, 201)
			.mapToObj((n) -> new Room("R" + n, List.of("A")))
			.toList();
		List<Room> mostRooms = IntStream.rangeClosed(1, 200)
			.mapToObj((n) -> new Room("R" + n, IntStream.rangeClosed(1, 20).mapToObj((b) -> "B" + b).toList()))
			.toList();

		assertThat(Department.saved("d", "D", mostRooms, NOON, "e").bedCount()).isEqualTo(4000);
		assertThatIllegalArgumentException().isThrownBy(() -> Department.saved("d", "D", tooManyRooms, NOON, "e"));
		assertThatIllegalArgumentException().isThrownBy(() -> Department.saved("d", "D",
				List.of(new Room("101", IntStream.rangeClosed(1, 21).mapToObj((b) -> "B" + b).toList())), NOON, "e"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Department.saved("d", "D", List.of(new Room("x".repeat(21), List.of("A"))), NOON, "e"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Department.saved("d", "D", List.of(new Room("101", List.of("A", "A"))), NOON, "e"));
		assertThatIllegalArgumentException().isThrownBy(() -> Department.saved("d", "D",
				List.of(new Room("101", List.of("A")), new Room("101", List.of("B"))), NOON, "e"));
		assertThatIllegalArgumentException().isThrownBy(() -> Department.saved("d", "D",
				List.of(new Room("101", Collections.singletonList("A\u0007"))), NOON, "e"));
	}

	@Test
	void labelsArePlainTextOfOneToTwentyCharacters() {
		assertThat(Labels.isLabel("101")).isTrue();
		assertThat(Labels.isLabel("Bed 3/4 (window)")).isTrue();
		assertThat(Labels.isLabel("Zimmer Ä")).isTrue();
		assertThat(Labels.isLabel("x".repeat(20))).isTrue();
		assertThat(Labels.isLabel("x".repeat(21))).isFalse();
		assertThat(Labels.isLabel("")).isFalse();
		assertThat(Labels.isLabel("   ")).isFalse();
		assertThat(Labels.isLabel("A\nB")).isFalse();
		assertThat(Labels.isLabel("A\u200bB")).as("zero-width space").isFalse();
		assertThat(Labels.isLabel(null)).isFalse();
	}

}
