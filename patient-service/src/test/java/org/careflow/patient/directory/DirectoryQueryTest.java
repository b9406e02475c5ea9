package org.careflow.patient.directory;

import java.time.LocalDate;

import org.careflow.patient.domain.InvalidProfileException;
import org.careflow.patient.domain.ProfileViolation;
import org.careflow.patient.domain.Patient;
import org.careflow.patient.domain.PatientDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DirectoryQueryTest {

	@Test
	void theDirectoryNeverListsEveryone() {
		assertThatExceptionOfType(InvalidProfileException.class).isThrownBy(() -> DirectoryQuery.of(" ", null, null))
			.satisfies((refused) -> assertThat(refused.violations()).extracting(ProfileViolation::field)
				.containsExactly("name", "birthDate", "departmentId"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "a", "<script>", "Doe\u0000" })
	void aNameOfOneCharacterOrThatIsNoNameIsRefused(String name) {
		assertThatExceptionOfType(InvalidProfileException.class).isThrownBy(() -> DirectoryQuery.of(name, null, null))
			.satisfies((refused) -> assertThat(refused.violations()).extracting(ProfileViolation::field)
				.containsExactly("name"));
	}

	@Test
	void aNameOfMoreThan100CharactersIsRefused() {
		assertThatExceptionOfType(InvalidProfileException.class)
			.isThrownBy(() -> DirectoryQuery.of("x".repeat(101), null, null));
	}

	@Test
	void theNameIsSearchedAsAKeyPrefixOfTheNameOrOfOneOfItsWords() {
		DirectoryQuery query = DirectoryQuery.of(" ZOË ", null, null);

		assertThat(query.namePrefix()).isEqualTo("zoe");
		assertThat(query.matches(named("Chloé", "Zoë-Łukasiewicz"))).isTrue();
		assertThat(query.matches(named("Anna Zoe", "Smith"))).as("a word of the name").isTrue();
		assertThat(query.matches(named("Chloe", "Smith"))).isFalse();
	}

	@Test
	void punctuationInANameMatchesLiterally() {
		assertThat(DirectoryQuery.of("Doe (J", null, null).matches(named("John", "Doe (Jr)"))).isTrue();
		assertThat(DirectoryQuery.of("Doe (J", null, null).matches(named("John", "Doe xJ"))).isFalse();
		assertThat(DirectoryQuery.of("a.b", null, null).matches(named("John", "axb"))).isFalse();
	}

	@Test
	void aSearchLongerThanTheIndexedPrefixesIsCheckedWhole() {
		DirectoryQuery query = DirectoryQuery.of("Wolfeschlegelsteinhausen", null, null);

		assertThat(query.matches(named("Hubert", "Wolfeschlegelsteinhausenbergerdorff"))).isTrue();
		assertThat(query.matches(named("Hubert", "Wolfeschlegelsteinhaxxxxx"))).isFalse();
	}

	@Test
	void everyFilterMustMatch() {
		DirectoryQuery query = DirectoryQuery.of("doe", LocalDate.of(1990, 4, 12), "cardiology");

		assertThat(query.matches(named("John", "Doe"))).as("another birth date and department").isFalse();
	}

	private static Patient named(String firstName, String lastName) {
		return Patient.register("p-1",
				new PatientDetails("p@example.org", firstName, lastName, LocalDate.of(1985, 12, 10), "+15550100"));
	}

	@Test
	void aBirthDateOrADepartmentAloneIsEnough() {
		assertThat(DirectoryQuery.of(null, LocalDate.of(1990, 4, 12), null).birthDate())
			.isEqualTo(LocalDate.of(1990, 4, 12));
		assertThat(DirectoryQuery.of(null, null, "cardiology").departmentId()).isEqualTo("cardiology");
	}

}
