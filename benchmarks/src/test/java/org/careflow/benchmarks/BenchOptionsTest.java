package org.careflow.benchmarks;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BenchOptionsTest {

	@Test
	void defaultsMeasureEverything() {
		BenchOptions options = BenchOptions.parse("--repo=/repo");

		assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(10));
		assertThat(options.duration()).isEqualTo(Duration.ofSeconds(20));
		assertThat(options.idle()).isEqualTo(Duration.ofSeconds(60));
		assertThat(options.workloads()).containsExactlyInAnyOrder(Workload.values());
		assertThat(options.outDir()).isEqualTo(Path.of("/repo/bench-results"));
		assertThat(options.compare()).isEmpty();
	}

	@Test
	void readsEveryKnob() {
		BenchOptions options = BenchOptions.parse("--repo=/repo", "--warmup=60s", "--duration=2m", "--idle=500ms",
				"--workloads=r1, W1", "--out=/tmp/out", "--compare=/tmp/earlier.json");

		assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(60));
		assertThat(options.duration()).isEqualTo(Duration.ofMinutes(2));
		assertThat(options.idle()).isEqualTo(Duration.ofMillis(500));
		assertThat(options.workloads()).containsExactlyInAnyOrder(Workload.R1, Workload.W1);
		assertThat(options.outDir()).isEqualTo(Path.of("/tmp/out"));
		assertThat(options.compare()).contains(Path.of("/tmp/earlier.json"));
	}

	@Test
	void aWorkloadLongerThanATokenLivesIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BenchOptions.parse("--repo=/repo", "--warmup=3m", "--duration=2m"))
			.withMessageContaining("tokens live 5 minutes");
	}

	@Test
	void unknownWorkloadsAndOptionsAreNamed() {
		assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.parse("--repo=/repo", "--workloads=R9"))
			.withMessageContaining("R9");
		assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.parse("--repo=/repo", "--fast"))
			.withMessageContaining("--fast");
	}

}
