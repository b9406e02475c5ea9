package org.careflow.patient.crypto;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamePrefixesTest {

	@Test
	void aNameIsIndexedByItsPrefixesAndThoseOfItsWordsFromTwoToTwentyCharacters() {
		assertThat(NamePrefixes.of("Zoë Ann")).containsExactlyInAnyOrder("zo", "zoe", "zoe ", "zoe a", "zoe an",
				"zoe ann", "an", "ann");
		assertThat(NamePrefixes.of("Wolfeschlegelsteinhausenbergerdorff")).hasSize(19)
			.contains("wolfeschlegelsteinha")
			.doesNotContain("wolfeschlegelsteinhau");
		assertThat(NamePrefixes.of("李")).as("shorter than a search may be").isEmpty();
		assertThat(NamePrefixes.of("王小明")).containsExactlyInAnyOrder("王小", "王小明");
	}

	@Test
	void aLongSearchIsLookedUpByItsFirstTwentyCharacters() {
		assertThat(NamePrefixes.lookedUp("wolfeschlegelsteinhausen")).isEqualTo("wolfeschlegelsteinha");
		assertThat(NamePrefixes.lookedUp("doe")).isEqualTo("doe");
	}

}
