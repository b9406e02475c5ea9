package org.careflow.deploy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MemorySizeTest {

	@Test
	void readsKubernetesQuantitiesInBinaryAndDecimalUnits() {
		assertThat(MemorySize.ofQuantity("640Mi")).isEqualTo(640L * 1024 * 1024);
		assertThat(MemorySize.ofQuantity("1Gi")).isEqualTo(1024L * 1024 * 1024);
		assertThat(MemorySize.ofQuantity("500M")).isEqualTo(500_000_000L);
		assertThat(MemorySize.ofQuantity("4096")).isEqualTo(4096L);
		assertThatIllegalArgumentException().isThrownBy(() -> MemorySize.ofQuantity("lots"));
	}

	@Test
	void readsJvmSizesFromTheOptionsLine() {
		String options = "-Xss512k -XX:+UseSerialGC -Xms32m -Xmx256m -XX:ReservedCodeCacheSize=96m";

		assertThat(MemorySize.ofJvmOption(options, "-Xmx")).isEqualTo(256L << 20);
		assertThat(MemorySize.ofJvmOption(options, "-XX:ReservedCodeCacheSize=")).isEqualTo(96L << 20);
		assertThat(MemorySize.ofJvmOption(options, "-Xss")).isEqualTo(512L << 10);
		assertThatIllegalArgumentException().isThrownBy(() -> MemorySize.ofJvmOption(options, "-XX:MaxMetaspaceSize="));
	}

}
