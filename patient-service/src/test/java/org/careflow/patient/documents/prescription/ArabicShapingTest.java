package org.careflow.patient.documents.prescription;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArabicShapingTest {

	@Test
	void eachLetterTakesTheFormItsNeighboursAskFor() {
		// meem initial, hah medial, meem medial, dal final (dal never joins onward)
		assertThat(ArabicShaping.shape("محمد")).isEqualTo("\uFEE3\uFEA4\uFEE4\uFEAA");
	}

	@Test
	void aLetterThatJoinsOnlyBackwardStartsANewJoin() {
		// alef isolated, seen initial, lam medial, meem final (after alef: no join before
		// seen)
		assertThat(ArabicShaping.shape("اسلم")).isEqualTo("\uFE8D\uFEB3\uFEE0\uFEE2");
	}

	@Test
	void lamAndAlefBecomeTheirLigature() {
		assertThat(ArabicShaping.shape("لا")).isEqualTo("\uFEFB");
		// seen initial, then lam-alef final, then meem isolated
		assertThat(ArabicShaping.shape("سلام")).isEqualTo("\uFEB3\uFEFC\uFEE1");
	}

	@Test
	void vowelMarksNeitherBreakTheJoinNorGetLost() {
		assertThat(ArabicShaping.shape("مُحمد")).isEqualTo("\uFEE3\u064F\uFEA4\uFEE4\uFEAA");
	}

	@Test
	void otherTextIsLeftAsItIs() {
		assertThat(ArabicShaping.shape("Zoë Łukasiewicz 王小明")).isEqualTo("Zoë Łukasiewicz 王小明");
	}

	@Test
	void unshapingGivesTheLettersBack() {
		assertThat(ArabicShaping.unshape(ArabicShaping.shape("محمد عبد الله سلام"))).isEqualTo("محمد عبد الله سلام");
	}

}
