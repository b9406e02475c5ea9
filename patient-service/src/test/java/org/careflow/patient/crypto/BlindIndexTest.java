package org.careflow.patient.crypto;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BlindIndexTest {

	@Test
	void equalValuesGiveEqualTermsThatDependOnTheKeyAndThePurpose() {
		BlindIndex index = new BlindIndex(TestKeys.after());
		BlindIndex otherKey = new BlindIndex(Keyring.of(Map.of("k", TestKeys.NEW), "k", KeysFile.randomKey()));

		assertThat(index.term("email", "ada@example.org")).isEqualTo(index.term("email", "ada@example.org"))
			.hasSize(22)
			.isNotEqualTo(index.term("email", "bea@example.org"))
			.isNotEqualTo(index.term("name", "ada@example.org"))
			.isNotEqualTo(otherKey.term("email", "ada@example.org"));
	}

	@Test
	void theDataKeyRotationLeavesTheTermsAsTheyAre() {
		assertThat(new BlindIndex(TestKeys.before()).term("name", "ada"))
			.isEqualTo(new BlindIndex(TestKeys.after()).term("name", "ada"));
	}

}
