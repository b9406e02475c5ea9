package org.careflow.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@link LocalStack} starts and where.
 *
 * @param repoRoot the repository; service jars are read from
 * {@code <repoRoot>/<module>/target/<module>.jar}
 * @param workDir where data ({@code mongodb/}, {@code kafka/}, {@code keycloak-data/})
 * and {@code logs/} go
 * @param ports every port (see {@link LocalStackPorts})
 * @param persistentData keep MongoDB, Kafka and Keycloak data in {@code workDir} across
 * restarts; when false, MongoDB is in memory and Kafka and Keycloak start empty
 * @param demoData start the services with {@code CAREFLOW_DEMO_DATA=true}
 * @param services the service modules to start (empty: infrastructure only)
 * @param serviceJvmOptions options for each service's JVM
 * @param environment extra environment variables for every service (they win over the
 * stack's)
 * @param startupTimeout how long all services together may take to become ready
 */
public record LocalStackSettings(Path repoRoot, Path workDir, LocalStackPorts ports, boolean persistentData,
		boolean demoData, List<String> services, List<String> serviceJvmOptions, Map<String, String> environment,
		Duration startupTimeout) {

	/** The six service modules, in start order (they start in parallel). */
	public static final List<String> ALL_SERVICES = List.of("patient-service", "doctor-service", "scheduling-service",
			"appointment-service", "notification-service", "gateway");

	/**
	 * Small stacks, serial GC, a heap starting at 32 MB and capped at 256 MB, a smaller
	 * code cache: six Spring Boot services fit in little memory. C2 stays on: with C1
	 * alone (-XX:TieredStopAtLevel=1) RSA signature checks and BSON ran without
	 * intrinsics and a read through the gateway was about 30 % slower
	 * (docs/performance.md), for some 40 MB less per process.
	 */
	public static final List<String> DEFAULT_SERVICE_JVM_OPTIONS = defaultServiceJvmOptions();

	public LocalStackSettings {
		repoRoot = repoRoot.toAbsolutePath().normalize();
		workDir = workDir.toAbsolutePath().normalize();
		services = List.copyOf(services);
		services.forEach(ports::servicePort);
		serviceJvmOptions = List.copyOf(serviceJvmOptions);
		environment = Map.copyOf(environment);
	}

	/**
	 * What {@code ./run.sh} uses: default ports, data kept in {@code <repo>/.careflow},
	 * demo data.
	 */
	public static LocalStackSettings runCommand(Path repoRoot) {
		return new LocalStackSettings(repoRoot, repoRoot.resolve(".careflow"), LocalStackPorts.defaults(), true, true,
				ALL_SERVICES, DEFAULT_SERVICE_JVM_OPTIONS, Map.of(), Duration.ofMinutes(4));
	}

	/**
	 * For system tests: every port shifted by 10000 (so a developer's running stack does
	 * not clash), nothing kept from an earlier run, no demo data.
	 */
	public static LocalStackSettings forTests(Path repoRoot, Path workDir) {
		return new LocalStackSettings(repoRoot, workDir, LocalStackPorts.defaults().offsetBy(10000), false, false,
				ALL_SERVICES, DEFAULT_SERVICE_JVM_OPTIONS, Map.of(), Duration.ofMinutes(4));
	}

	public LocalStackSettings withWorkDir(Path workDir) {
		return new LocalStackSettings(this.repoRoot, workDir, this.ports, this.persistentData, this.demoData,
				this.services, this.serviceJvmOptions, this.environment, this.startupTimeout);
	}

	public LocalStackSettings withPorts(LocalStackPorts ports) {
		return new LocalStackSettings(this.repoRoot, this.workDir, ports, this.persistentData, this.demoData,
				this.services, this.serviceJvmOptions, this.environment, this.startupTimeout);
	}

	/** The default ports shifted by {@code offset}. */
	public LocalStackSettings withPortOffset(int offset) {
		return withPorts(LocalStackPorts.defaults().offsetBy(offset));
	}

	public LocalStackSettings withPersistentData(boolean persistentData) {
		return new LocalStackSettings(this.repoRoot, this.workDir, this.ports, persistentData, this.demoData,
				this.services, this.serviceJvmOptions, this.environment, this.startupTimeout);
	}

	public LocalStackSettings withDemoData(boolean demoData) {
		return new LocalStackSettings(this.repoRoot, this.workDir, this.ports, this.persistentData, demoData,
				this.services, this.serviceJvmOptions, this.environment, this.startupTimeout);
	}

	public LocalStackSettings withServices(List<String> services) {
		return new LocalStackSettings(this.repoRoot, this.workDir, this.ports, this.persistentData, this.demoData,
				services, this.serviceJvmOptions, this.environment, this.startupTimeout);
	}

	/** Kafka, MongoDB, SMTP and Keycloak only. */
	public LocalStackSettings infrastructureOnly() {
		return withServices(List.of());
	}

	public LocalStackSettings withServiceJvmOptions(List<String> serviceJvmOptions) {
		return new LocalStackSettings(this.repoRoot, this.workDir, this.ports, this.persistentData, this.demoData,
				this.services, serviceJvmOptions, this.environment, this.startupTimeout);
	}

	public LocalStackSettings withEnvironment(Map<String, String> environment) {
		return new LocalStackSettings(this.repoRoot, this.workDir, this.ports, this.persistentData, this.demoData,
				this.services, this.serviceJvmOptions, environment, this.startupTimeout);
	}

	public LocalStackSettings withStartupTimeout(Duration startupTimeout) {
		return new LocalStackSettings(this.repoRoot, this.workDir, this.ports, this.persistentData, this.demoData,
				this.services, this.serviceJvmOptions, this.environment, startupTimeout);
	}

	private static List<String> defaultServiceJvmOptions() {
		List<String> options = new ArrayList<>(List.of("-Xss512k", "-XX:+UseSerialGC", "-Xms32m", "-Xmx256m",
				"-XX:ReservedCodeCacheSize=48m", "-XX:+ExitOnOutOfMemoryError"));
		if (Runtime.version().feature() >= 23) {
			// silences the Kafka client's sun.misc.Unsafe warnings (services run on this
			// java)
			options.add("--sun-misc-unsafe-memory-access=allow");
		}
		return List.copyOf(options);
	}

	Path logsDir() {
		return this.workDir.resolve("logs");
	}

}
