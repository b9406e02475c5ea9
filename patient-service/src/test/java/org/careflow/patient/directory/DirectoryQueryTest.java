package org.careflow.patient.directory;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.careflow.patient.domain.InvalidProfileException;
import org.careflow.patient.domain.ProfileViolation;
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
	void theNameIsSearchedAsAKeyPrefix() {
		DirectoryQuery query = DirectoryQuery.of(" ZOË ", null, null);

		assertThat(query.namePrefix()).isEqualTo("zoe");
		assertThat(Pattern.compile(query.namePattern()).matcher("zoe lukasiewicz").find()).isTrue();
		assertThat(Pattern.compile(query.namePattern()).matcher("chloe").find()).isFalse();
	}

	@Test
	void punctuationInANameMatchesLiterally() {
		Pattern pattern = Pattern.compile(DirectoryQuery.of("Doe (J", null, null).namePattern());

		assertThat(pattern.matcher("doe (jr)").find()).isTrue();
		assertThat(pattern.matcher("doe xj").find()).isFalse();
		assertThat(Pattern.compile(DirectoryQuery.of("a.b", null, null).namePattern()).matcher("axb").find()).isFalse();
	}

	@Test
	void aBirthDateOrADepartmentAloneIsEnough() {
		assertThat(DirectoryQuery.of(null, LocalDate.of(1990, 4, 12), null).birthDate())
			.isEqualTo(LocalDate.of(1990, 4, 12));
		assertThat(DirectoryQuery.of(null, null, "cardiology").departmentId()).isEqualTo("cardiology");
	}

}
