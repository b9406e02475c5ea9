package org.careflow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One service's JDK AOT cache (JEP 483, 514, 515): classes loaded and linked, and method
 * profiles, from a training run, so the next start skips most of that work (a service
 * alone started in about half the time here, see docs/performance.md).
 * <p>
 * The JVM can use a cache only with plain jars on the class path, so the service's
 * executable jar is first extracted ({@code -Djarmode=tools extract}); the training run
 * starts that extracted jar with the service's own JVM options and environment and exits
 * once its Spring context has refreshed ({@code spring.context.exit=onRefresh}: beans
 * created, nothing started, no port bound, no message consumed). Each cache belongs to
 * one build of the jar, one JDK and one set of JVM options (the JVM refuses a cache made
 * with another garbage collector or object layout): it lives in a directory named after
 * them, and any change trains a new one.
 */
final class AotCache {

	/** What a cache needs: JEP 514's one-step {@code -XX:AOTCacheOutput}. */
	static final int FIRST_JDK = 25;

	private final String module;

	private final Path jar;

	private final List<String> jvmOptions;

	private final Path dir;

	/**
	 * @param module the service module, e.g. {@code doctor-service}
	 * @param jar its executable jar
	 * @param jvmOptions the options the service runs with, which the training uses too
	 * @param root where this module's caches live (one directory per build)
	 */
	AotCache(String module, Path jar, List<String> jvmOptions, Path root) {
		this.module = module;
		this.jar = jar;
		this.jvmOptions = List.copyOf(jvmOptions);
		this.dir = root.resolve(buildOf(jar, jvmOptions));
	}

	static boolean supportedByThisJdk() {
		return Runtime.version().feature() >= FIRST_JDK;
	}

	String module() {
		return this.module;
	}

	Path file() {
		return this.dir.resolve(this.module + ".aot");
	}

	private Path extractedJar() {
		return this.dir.resolve("app").resolve(this.jar.getFileName());
	}

	private Path failedMarker() {
		return this.dir.resolve("training-failed");
	}

	boolean isReady() {
		return Files.isRegularFile(file()) && Files.isRegularFile(extractedJar());
	}

	/** Not ready, and no training of this build failed before (it is not retried). */
	boolean needsTraining() {
		return !isReady() && !Files.exists(failedMarker());
	}

	/**
	 * How to launch the service: its extracted jar with the cache once there is one,
	 * otherwise the executable jar as built.
	 */
	List<String> launchArguments() {
		if (isReady()) {
			return List.of("-XX:AOTCache=" + file(), "-jar", extractedJar().toString());
		}
		return List.of("-jar", this.jar.toString());
	}

	/**
	 * Extracts the jar and runs the training, at a low CPU priority. Returns whether a
	 * cache was made; a failed training leaves a marker (so it is not tried again for
	 * this build) and its output in {@code log}.
	 * @throws InterruptedException when interrupted; the training process is then stopped
	 */
	boolean train(Map<String, String> environment, Path log, Duration timeout) throws InterruptedException {
		Path parent = this.dir.getParent();
		deleteOtherBuilds(parent);
		Directories.deleteRecursively(this.dir);
		Directories.create(this.dir);
		List<String> extract = List.of(Processes.javaBinary(), "-Djarmode=tools", "-jar", this.jar.toString(),
				"extract", "--destination", extractedJar().getParent().toString());
		Path output = this.dir.resolve("training.aot");
		List<String> training = new ArrayList<>(lowPriority());
		training.add(Processes.javaBinary());
		training.addAll(this.jvmOptions);
		training.add("-XX:AOTCacheOutput=" + output);
		training.add("-Dspring.context.exit=onRefresh");
		training.add("-jar");
		training.add(extractedJar().toString());
		// nothing is served during training; should anything bind early, it must not
		// take the running service's ports
		Map<String, String> trainingEnvironment = new HashMap<>(environment);
		trainingEnvironment.put("SERVER_PORT", "0");
		trainingEnvironment.put("MANAGEMENT_PORT", "0");
		long deadline = System.nanoTime() + timeout.toNanos();
		boolean trained = run(extract, Map.of(), log, deadline) && run(training, trainingEnvironment, log, deadline)
				&& Files.isRegularFile(output);
		if (trained) {
			move(output, file());
		}
		else {
			Directories.deleteRecursively(output);
			write(failedMarker(), Instant.now() + " see " + log + "\n");
		}
		return trained;
	}

	private static boolean run(List<String> command, Map<String, String> environment, Path log, long deadline)
			throws InterruptedException {
		write(log, "=== " + Instant.now() + " " + String.join(" ", command) + "\n");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().putAll(environment);
		Process process;
		try {
			process = builder.start();
		}
		catch (IOException ex) {
			write(log, "cannot start: " + ex + "\n");
			return false;
		}
		try {
			if (!process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
				write(log, "=== timed out\n");
				Processes.stopTree(process.toHandle(), Duration.ofSeconds(5));
				return false;
			}
			return process.exitValue() == 0;
		}
		catch (InterruptedException ex) {
			Processes.stopTree(process.toHandle(), Duration.ofSeconds(5));
			throw ex;
		}
	}

	/**
	 * {@code nice}, where there is one: training must not slow down the running suite.
	 */
	private static List<String> lowPriority() {
		Path nice = Path.of("/usr/bin/nice");
		return Files.isExecutable(nice) ? List.of(nice.toString(), "-n", "10") : List.of();
	}

	private void deleteOtherBuilds(Path parent) {
		if (!Files.isDirectory(parent)) {
			return;
		}
		try (Stream<Path> builds = Files.list(parent)) {
			builds.filter((build) -> !build.equals(this.dir)).forEach(Directories::deleteRecursively);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + parent, ex);
		}
	}

	/**
	 * The jar's size and modification time, the JDK's version and the JVM options: a
	 * cache is valid for exactly one of each. System properties ({@code -D}) do not
	 * count: they change no class or object layout, and differ between stacks on other
	 * ports.
	 */
	static String buildOf(Path jar, List<String> jvmOptions) {
		List<String> layout = jvmOptions.stream().filter((option) -> !option.startsWith("-D")).toList();
		try {
			return Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis() + "-jdk"
					+ Runtime.version().toString().replaceAll("[^A-Za-z0-9.]", "_") + "-"
					+ Integer.toHexString(layout.hashCode());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + jar, ex);
		}
	}

	private static void move(Path from, Path to) {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot move " + from + " to " + to, ex);
		}
	}

	private static void write(Path file, String text) {
		try {
			Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}

}
