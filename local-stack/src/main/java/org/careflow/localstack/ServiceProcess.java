package org.careflow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** One service jar running as a child JVM, its output appended to its own log file. */
final class ServiceProcess implements ServiceWatchdog.Supervised {

	private final String module;

	private final Supplier<List<String>> launchArguments;

	private final int port;

	private final Map<String, String> environment;

	private final List<String> jvmOptions;

	private final Path logFile;

	private Process process;

	private long startedAt;

	private boolean stoppedOnPurpose;

	/**
	 * @param launchArguments what follows the JVM options, asked on every start (e.g.
	 * {@code -jar} and the jar; with an AOT cache once one is trained)
	 */
	ServiceProcess(String module, Supplier<List<String>> launchArguments, int port, Map<String, String> environment,
			List<String> jvmOptions, Path logFile) {
		this.module = module;
		this.launchArguments = launchArguments;
		this.port = port;
		this.environment = Map.copyOf(environment);
		this.jvmOptions = List.copyOf(jvmOptions);
		this.logFile = logFile;
	}

	@Override
	public String module() {
		return this.module;
	}

	Map<String, String> environment() {
		return this.environment;
	}

	int port() {
		return this.port;
	}

	Path logFile() {
		return this.logFile;
	}

	@Override
	public synchronized void start() {
		if (isAlive()) {
			return;
		}
		this.stoppedOnPurpose = false;
		List<String> command = new ArrayList<>();
		command.add(Processes.javaBinary());
		command.addAll(this.jvmOptions);
		// lets people (and the measurement script) tell CareFlow's JVMs apart in ps
		command.add("-Dcareflow.service=" + this.module);
		command.addAll(this.launchArguments.get());
		try {
			Files.writeString(this.logFile, "=== " + Instant.now() + " starting " + String.join(" ", command) + "\n",
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.logFile.toFile()));
			builder.environment().putAll(this.environment);
			this.process = builder.start();
			this.startedAt = System.nanoTime();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start " + this.module, ex);
		}
	}

	/** Time since the last {@link #start()}. */
	@Override
	public synchronized Duration uptime() {
		return Duration.ofNanos(System.nanoTime() - this.startedAt);
	}

	@Override
	public synchronized boolean isAlive() {
		return this.process != null && this.process.isAlive();
	}

	@Override
	public synchronized String exitDescription() {
		return (this.process == null) ? "never started" : "exited with code " + this.process.exitValue();
	}

	synchronized Optional<ProcessHandle> handle() {
		return Optional.ofNullable(this.process).map(Process::toHandle).filter(ProcessHandle::isAlive);
	}

	synchronized long pid() {
		return (this.process != null) ? this.process.pid() : -1;
	}

	@Override
	public synchronized boolean stoppedOnPurpose() {
		return this.stoppedOnPurpose;
	}

	/** The readiness probe every service serves on its API port. */
	boolean isReady() {
		return Http.status("http://127.0.0.1:" + this.port + "/readyz") == 200;
	}

	/**
	 * SIGTERM (Spring Boot shuts down gracefully), SIGKILL after 20 s; the watchdog
	 * leaves it stopped.
	 */
	synchronized void stop() {
		this.stoppedOnPurpose = true;
		if (this.process != null) {
			Processes.stopTree(this.process.toHandle(), Duration.ofSeconds(20));
		}
	}

}
