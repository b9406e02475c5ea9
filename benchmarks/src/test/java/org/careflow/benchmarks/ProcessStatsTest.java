package org.careflow.benchmarks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessStatsTest {

	@Test
	void cpuTicksAreUtimePlusStimeEvenWhenTheCommandNameHoldsSpacesAndParentheses() {
		String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 51 0 0 0 1234 567 0 0 20 0 42 0 100 0 0";

		assertThat(ProcessStats.cpuTicks(stat)).isEqualTo(1234 + 567);
	}

	@Test
	void thisProcessHasMemoryAndHasUsedCpu() {
		long pid = ProcessHandle.current().pid();

		assertThat(ProcessStats.residentKib(pid)).isPositive();
		assertThat(ProcessStats.cpuSeconds(pid)).isPositive();
	}

	@Test
	void aProcessThatIsGoneCountsAsNothing() {
		assertThat(ProcessStats.residentKib(Long.MAX_VALUE)).isZero();
		assertThat(ProcessStats.cpuSeconds(Long.MAX_VALUE)).isZero();
	}

}
