package org.careflow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Keycloak server distribution, unpacked once from the local Maven repository into a
 * shared cache ({@code ~/.careflow/keycloak-<version>}, or
 * {@code $CAREFLOW_CACHE/keycloak-<version>}) and built once ({@code kc.sh build}) so
 * that every later start can use {@code --optimized}. A file lock keeps two JVMs (say,
 * the local stack and a test run) from doing it at once.
 */
final class KeycloakDistribution {

	static final String VERSION = BuildInfo.keycloakVersion();

	/** Build-time options; start-time options go to {@link KeycloakServer}. */
	static final List<String> BUILD_OPTIONS = List.of("--db=dev-file", "--health-enabled=true");

	private static final Logger log = LoggerFactory.getLogger(KeycloakDistribution.class);

	private static final String ARTIFACT = "org/keycloak/keycloak-quarkus-dist/" + VERSION + "/keycloak-quarkus-dist-"
			+ VERSION + ".tar.gz";

	private static final Object JVM_LOCK = new Object();

	private KeycloakDistribution() {
	}

	/** The unpacked and built Keycloak home, preparing it first if needed. */
	static Path prepare() {
		Path cache = Directories.create(cacheRoot());
		Path home = cache.resolve("keycloak-" + VERSION);
		synchronized (JVM_LOCK) {
			try (FileChannel channel = FileChannel.open(cache.resolve("keycloak-" + VERSION + ".lock"),
					StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
				Path marker = home.resolve(".careflow-build");
				String expected = String.join(" ", BUILD_OPTIONS);
				if (Files.isRegularFile(marker) && Files.readString(marker).equals(expected)) {
					return home;
				}
				if (!Files.isRegularFile(home.resolve(".careflow-unpacked"))) {
					unpack(archive(), cache, home);
				}
				build(home, cache.resolve("keycloak-" + VERSION + "-build.log"));
				Files.writeString(marker, expected);
				return home;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot prepare Keycloak in " + home, ex);
			}
		}
	}

	static Path cacheRoot() {
		String configured = System.getProperty("careflow.cache", System.getenv("CAREFLOW_CACHE"));
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured).toAbsolutePath();
		}
		return Path.of(System.getProperty("user.home"), ".careflow");
	}

	/**
	 * The distribution archive Maven downloaded while building the local-stack module.
	 */
	static Path archive() {
		String explicit = System.getProperty("careflow.keycloak.archive", System.getenv("CAREFLOW_KEYCLOAK_ARCHIVE"));
		if (explicit != null && !explicit.isBlank()) {
			return Path.of(explicit);
		}
		List<Path> candidates = new ArrayList<>();
		Optional.ofNullable(System.getProperty("maven.repo.local")).map(Path::of).ifPresent(candidates::add);
		BuildInfo.mavenLocalRepository().map(Path::of).ifPresent(candidates::add);
		Path m2 = Path.of(System.getProperty("user.home"), ".m2");
		localRepositoryFromSettings(m2.resolve("settings.xml")).ifPresent(candidates::add);
		candidates.add(m2.resolve("repository"));
		return candidates.stream()
			.map((repository) -> repository.resolve(ARTIFACT))
			.filter(Files::isRegularFile)
			.findFirst()
			.orElseThrow(
					() -> new IllegalStateException("Keycloak " + VERSION + " is not in the local Maven repository "
							+ "(looked in " + candidates + "). Build the local-stack module once with network access: "
							+ "./mvnw -pl local-stack -am install -DskipTests"));
	}

	private static Optional<Path> localRepositoryFromSettings(Path settings) {
		if (!Files.isRegularFile(settings)) {
			return Optional.empty();
		}
		try {
			Matcher matcher = Pattern.compile("<localRepository>\\s*([^<]+?)\\s*</localRepository>")
				.matcher(Files.readString(settings));
			return matcher.find()
					? Optional.of(Path.of(matcher.group(1).replace("${user.home}", System.getProperty("user.home"))))
					: Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static void unpack(Path archive, Path cache, Path home) throws IOException {
		log.info("Unpacking Keycloak {} from {} (once)", VERSION, archive);
		Directories.deleteRecursively(home);
		Path scratch = Directories.create(cache.resolve(".unpack-" + ProcessHandle.current().pid()));
		try {
			run(List.of("tar", "-xzf", archive.toString(), "-C", scratch.toString()), scratch.resolve("tar.log"),
					Duration.ofMinutes(5), "Unpacking Keycloak");
			Files.move(scratch.resolve("keycloak-" + VERSION), home, StandardCopyOption.ATOMIC_MOVE);
			Files.writeString(home.resolve(".careflow-unpacked"), archive.toString());
		}
		finally {
			Directories.deleteRecursively(scratch);
		}
	}

	private static void build(Path home, Path buildLog) {
		log.info("Building Keycloak {} for this machine (once, about 20 s); log: {}", VERSION, buildLog);
		List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "build"));
		command.addAll(BUILD_OPTIONS);
		run(command, buildLog, Duration.ofMinutes(5), "Building Keycloak");
	}

	private static void run(List<String> command, Path logFile, Duration timeout, String what) {
		Process process;
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(logFile.toFile());
			builder.environment().put("JAVA_HOME", javaHome().toString());
			process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(what + " failed", ex);
		}
		try {
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				Processes.stopTree(process.toHandle(), Duration.ofSeconds(5));
				throw new IllegalStateException(what + " took longer than " + timeout + "\n" + LogTail.of(logFile, 30));
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException(
						what + " failed (exit " + process.exitValue() + ")\n" + LogTail.of(logFile, 30));
			}
		}
		catch (InterruptedException ex) {
			Processes.stopTree(process.toHandle(), Duration.ofSeconds(5));
			Thread.currentThread().interrupt();
			throw new IllegalStateException(what + " was interrupted", ex);
		}
	}

	/** The JDK running this JVM, so Keycloak needs no other Java installation. */
	static Path javaHome() {
		return Path.of(Processes.javaBinary()).toAbsolutePath().getParent().getParent();
	}

}
