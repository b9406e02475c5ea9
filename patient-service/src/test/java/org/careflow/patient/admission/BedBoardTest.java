package org.careflow.patient.admission;

import java.time.Instant;
import java.util.List;

import org.careflow.patient.departments.Department;
import org.careflow.patient.departments.Room;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class BedBoardTest {

	private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

	private static final Department CARDIOLOGY = Department.saved("cardio", "Cardiology",
			List.of(new Room("101", List.of("A", "B")), new Room("102", List.of("A"))), AT, "e1");

	@Test
	void everyBedInTheDepartmentsOrderWithItsStatusUnoccupiedUnlessTakenOrBeingCleaned() {
		List<BedOccupancy> occupancies = List.of(
				BedOccupancy.occupied(new BedPlace("cardio", "101", "B"), "p1", "a1", AT),
				new BedOccupancy(new BedPlace("cardio", "102", "A"), BedStatus.HOUSEKEEPING, null, "a0", AT));

		assertThat(BedBoard.of(CARDIOLOGY, occupancies))
			.extracting(BedBoard.Bed::room, BedBoard.Bed::bed, BedBoard.Bed::status, BedBoard.Bed::patientId,
					BedBoard.Bed::since)
			.containsExactly(tuple("101", "A", BedStatus.UNOCCUPIED, null, null),
					tuple("101", "B", BedStatus.OCCUPIED, "p1", AT),
					tuple("102", "A", BedStatus.HOUSEKEEPING, null, AT));
	}

	@Test
	void anOccupancyOfABedNoLongerListedIsNotOnTheBoard() {
		assertThat(BedBoard.of(CARDIOLOGY,
				List.of(BedOccupancy.occupied(new BedPlace("cardio", "999", "A"), "p1", "a1", AT))))
			.extracting(BedBoard.Bed::status)
			.containsOnly(BedStatus.UNOCCUPIED);
	}

	@Test
	void statusesAreHl7Table0116Codes() {
		assertThat(BedStatus.OCCUPIED.code()).isEqualTo("O");
		assertThat(BedStatus.UNOCCUPIED.code()).isEqualTo("U");
		assertThat(BedStatus.HOUSEKEEPING.code()).isEqualTo("H");
		assertThat(BedStatus.HOUSEKEEPING.display()).isEqualTo("Housekeeping");
		assertThat(BedStatus.SYSTEM).isEqualTo("http://terminology.hl7.org/CodeSystem/v2-0116");
	}

	@Test
	void aRequestedBedMustExistNamingTheFieldThatDoesNot() {
		BedCheck.requireBed(CARDIOLOGY, "101", "B");

		assertThatExceptionOfType(UnknownPlaceException.class)
			.isThrownBy(() -> BedCheck.requireBed(CARDIOLOGY, "103", "A"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("room"));
		assertThatExceptionOfType(UnknownPlaceException.class)
			.isThrownBy(() -> BedCheck.requireBed(CARDIOLOGY, "102", "B"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("bed"));
	}

}
