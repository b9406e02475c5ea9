package org.careflow.doctor.departments;

import java.time.Instant;
import java.util.List;

import org.careflow.events.DepartmentSaved;
import org.careflow.events.DepartmentSaved.RoomBeds;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DepartmentTest {

	private static final Instant CREATED = Instant.parse("2026-12-01T08:00:00Z");

	private static final Instant LATER = Instant.parse("2026-12-01T09:30:00Z");

	private final Department cardiology = Department.create("dep-1", DepartmentTestData.cardiology(), CREATED);

	@Test
	void aNewDepartmentStartsAtTheFirstVersion() {
		assertThat(this.cardiology.version()).isEqualTo(Department.FIRST_VERSION);
		assertThat(this.cardiology.createdAt()).isEqualTo(CREATED);
		assertThat(this.cardiology.updatedAt()).isEqualTo(CREATED);
	}

	@Test
	void replacingTheVersionReadMovesOneVersionOnAndKeepsWhenItWasCreated() {
		DepartmentContent renamed = new DepartmentContent("Cardiology and Vascular", null, null, null);

		Department replaced = this.cardiology.replace(Department.FIRST_VERSION, renamed, LATER);

		assertThat(replaced.id()).isEqualTo("dep-1");
		assertThat(replaced.content()).isEqualTo(renamed);
		assertThat(replaced.version()).isEqualTo(Department.FIRST_VERSION + 1);
		assertThat(replaced.createdAt()).isEqualTo(CREATED);
		assertThat(replaced.updatedAt()).isEqualTo(LATER);
	}

	@Test
	void aChangeBasedOnAnOlderVersionIsRefusedNamingTheCurrentOne() {
		Department twiceChanged = this.cardiology.replace(0, DepartmentTestData.cardiology(), LATER)
			.replace(1, DepartmentTestData.cardiology(), LATER);

		assertThatThrownBy(() -> twiceChanged.replace(1, DepartmentTestData.cardiology(), LATER))
			.isInstanceOfSatisfying(StaleDepartmentException.class,
					(stale) -> assertThat(stale.currentVersion()).isEqualTo(2));
	}

	@Test
	void aVersionFromTheFutureIsStaleToo() {
		assertThatThrownBy(() -> this.cardiology.replace(5, DepartmentTestData.cardiology(), LATER))
			.isInstanceOf(StaleDepartmentException.class);
	}

	@Test
	void aSavedDepartmentIsAnnouncedWithItsNameAndItsRoomsAndBedsInOrder() {
		DepartmentSaved saved = this.cardiology.saved();

		assertThat(saved.aggregateId()).isEqualTo("dep-1");
		assertThat(saved.type()).isEqualTo("department.saved");
		assertThat(saved.name()).isEqualTo("Cardiology");
		assertThat(saved.rooms()).containsExactly(new RoomBeds("B201", List.of("1", "2")),
				new RoomBeds("B202", List.of("1")));
	}

}
