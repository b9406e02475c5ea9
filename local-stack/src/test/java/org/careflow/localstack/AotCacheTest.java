package org.careflow.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class AotCacheTest {

	private static final List<String> OPTIONS = List.of("-XX:+UseSerialGC", "-Xmx256m",
			"-Dcareflow.stack=gateway-port-8080");

	@TempDir
	Path dir;

	private Path jar;

	private Path root;

	@BeforeEach
	void aBuiltJar() throws IOException {
		this.jar = Files.writeString(this.dir.resolve("doctor-service.jar"), "not really a jar");
		this.root = this.dir.resolve("aot").resolve("doctor-service");
	}

	@Test
	void withoutACacheTheServiceStartsFromItsExecutableJar() {
		AotCache cache = new AotCache("doctor-service", this.jar, OPTIONS, this.root);

		assertThat(cache.isReady()).isFalse();
		assertThat(cache.needsTraining()).isTrue();
		assertThat(cache.launchArguments()).containsExactly("-jar", this.jar.toString());
	}

	@Test
	void withATrainedCacheTheServiceStartsFromTheExtractedJarWithTheCache() throws IOException {
		AotCache cache = new AotCache("doctor-service", this.jar, OPTIONS, this.root);
		Path build = cache.file().getParent();
		Files.createDirectories(build.resolve("app"));
		Files.writeString(build.resolve("app").resolve("doctor-service.jar"), "extracted");
		Files.writeString(cache.file(), "cache");

		assertThat(cache.isReady()).isTrue();
		assertThat(cache.needsTraining()).isFalse();
		assertThat(cache.launchArguments()).containsExactly("-XX:AOTCache=" + cache.file(), "-jar",
				build.resolve("app").resolve("doctor-service.jar").toString());
	}

	@Test
	void aNewBuildOfTheJarNeedsANewCache() throws IOException {
		AotCache before = new AotCache("doctor-service", this.jar, OPTIONS, this.root);
		Files.createDirectories(before.file().getParent().resolve("app"));
		Files.writeString(before.file().getParent().resolve("app").resolve("doctor-service.jar"), "extracted");
		Files.writeString(before.file(), "cache");

		Files.writeString(this.jar, "rebuilt, a different size");
		Files.setLastModifiedTime(this.jar, FileTime.from(Instant.now().plusSeconds(60)));
		AotCache after = new AotCache("doctor-service", this.jar, OPTIONS, this.root);

		assertThat(after.file()).isNotEqualTo(before.file());
		assertThat(after.needsTraining()).isTrue();
		assertThat(after.launchArguments()).containsExactly("-jar", this.jar.toString());
	}

	@Test
	void otherJvmOptionsNeedAnotherCacheButAnotherStacksMarkerDoesNot() {
		AotCache cache = new AotCache("doctor-service", this.jar, OPTIONS, this.root);

		assertThat(new AotCache("doctor-service", this.jar,
				List.of("-XX:+UseSerialGC", "-Xmx256m", "-Dcareflow.stack=gateway-port-28080"), this.root)
			.file()).isEqualTo(cache.file());
		assertThat(new AotCache("doctor-service", this.jar,
				List.of("-XX:+UseSerialGC", "-Xmx256m", "-XX:+UseCompactObjectHeaders"), this.root)
			.file()).isNotEqualTo(cache.file());
	}

	@Test
	void aFailedTrainingIsRememberedForThisBuildAndTheServiceKeepsItsExecutableJar() throws Exception {
		AotCache cache = new AotCache("doctor-service", this.jar, OPTIONS, this.root);
		Path log = this.dir.resolve("training.log");

		boolean trained = cache.train(Map.of(), log, Duration.ofMinutes(1));

		assertThat(trained).isFalse();
		assertThat(cache.needsTraining()).isFalse();
		assertThat(cache.launchArguments()).containsExactly("-jar", this.jar.toString());
		assertThat(log).content().contains("-Djarmode=tools").contains("extract");
	}

	@Test
	void trainingANewBuildRemovesTheCachesOfOlderBuilds() throws Exception {
		Path older = Files.createDirectories(this.root.resolve("123-456-jdk25"));
		Files.writeString(older.resolve("doctor-service.aot"), "old cache");
		AotCache cache = new AotCache("doctor-service", this.jar, OPTIONS, this.root);

		cache.train(Map.of(), this.dir.resolve("training.log"), Duration.ofMinutes(1));

		assertThat(older).doesNotExist();
	}

}
