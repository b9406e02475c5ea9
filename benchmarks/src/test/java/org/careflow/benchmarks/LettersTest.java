package org.careflow.benchmarks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LettersTest {

	@Test
	void countsLikeSpreadsheetColumns() {
		assertThat(Letters.of(0)).isEqualTo("A");
		assertThat(Letters.of(25)).isEqualTo("Z");
		assertThat(Letters.of(26)).isEqualTo("AA");
		assertThat(Letters.of(63)).isEqualTo("BL");
	}

}
