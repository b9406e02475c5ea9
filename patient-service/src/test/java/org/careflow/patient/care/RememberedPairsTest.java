package org.careflow.patient.care;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RememberedPairsTest {

	@Test
	void aStoredPairIsKnownAndAnotherIsNot() {
		RememberedPairs pairs = new RememberedPairs(10);

		pairs.add("doctor-1/patient-1");

		assertThat(pairs.contains("doctor-1/patient-1")).isTrue();
		assertThat(pairs.contains("doctor-1/patient-2")).isFalse();
		assertThat(pairs.contains("doctor-2/patient-1")).isFalse();
	}

	@Test
	void memoryStaysBoundedForgettingTheLeastRecentlySeenPairFirst() {
		RememberedPairs pairs = new RememberedPairs(3);
		pairs.add("a");
		pairs.add("b");
		pairs.add("c");
		pairs.contains("a");

		pairs.add("d");

		assertThat(pairs.size()).isEqualTo(3);
		assertThat(pairs.contains("b")).as("least recently seen, forgotten").isFalse();
		assertThat(pairs.contains("a")).isTrue();
		assertThat(pairs.contains("c")).isTrue();
		assertThat(pairs.contains("d")).isTrue();
	}

	@Test
	void aCapacityBelowOneIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RememberedPairs(0)).withMessageContaining("0");
	}

}
