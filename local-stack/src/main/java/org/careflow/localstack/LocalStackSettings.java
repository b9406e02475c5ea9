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
 * @param aotCache whether services start with a JDK AOT cache, trained in the background
 * after the first start of each build ({@link AotCache}; JDK 25+)
 */
public record LocalStackSettings(Path repoRoot, Path workDir, LocalStackPorts ports, boolean persistentData,
		boolean demoData, List<String> services, List<String> serviceJvmOptions, Map<String, String> environment,
		Duration startupTimeout, boolean aotCache) {

	/** The six service modules, in start order (they start in parallel). */
	public static final List<String> ALL_SERVICES = List.of("patient-service", "doctor-service", "scheduling-service",
			"appointment-service", "notification-service", "gateway");

	/**
	 * Small stacks, serial GC, a heap starting at 32 MB and capped at 256 MB, a smaller
	 * code cache: six Spring Boot services fit in little memory. C2 stays on: with C1
	 * alone (-XX:TieredStopAtLevel=1) RSA signature checks and BSON ran without
	 * intrinsics and a read through the gateway was about 30 % slower
	 * (docs/performance.md), for some 40 MB less per process. Where the JDK has them:
	 * periodic trimming of the native heap and compact object headers.
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
	 * demo data, services started with an AOT cache once one is trained.
	 */
	public static LocalStackSettings runCommand(Path repoRoot) {
		return new LocalStackSettings(repoRoot, repoRoot.resolve(".careflow"), LocalStackPorts.defaults(), true, true,
				ALL_SERVICES, DEFAULT_SERVICE_JVM_OPTIONS, Map.of(), Duration.ofMinutes(4), true);
	}

	/**
	 * For system tests: every port shifted by 10000 (so a developer's running stack does
	 * not clash), nothing kept from an earlier run, no demo data, no AOT cache (its
	 * training would share the machine with the tests).
	 */
	public static LocalStackSettings forTests(Path repoRoot, Path workDir) {
		return new LocalStackSettings(repoRoot, workDir, LocalStackPorts.defaults().offsetBy(10000), false, false,
				ALL_SERVICES, DEFAULT_SERVICE_JVM_OPTIONS, Map.of(), Duration.ofMinutes(4), false);
	}

	public LocalStackSettings withWorkDir(Path workDir) {
		return new LocalStackSettings(this.repoRoot, workDir, this.ports, this.persistentData, this.demoData,
				this.services, this.serviceJvmOptions, this.environment, this.startupTimeout, this.aotCache);
	}

	public LocalStackSettings withPorts(LocalStackPorts ports) {
		return new LocalStackSettings(this.repoRoot, this.workDir, ports, this.persistentData, this.demoData,
				this.services, this.serviceJvmOptions, this.environment, this.startupTimeout, this.aotCache);
	}

	/** The default ports shifted by {@code offset}. */
	public LocalStackSettings withPortOffset(int offset) {
		return withPorts(LocalStackPorts.defaults().offsetBy(offset));
	}

	public LocalStackSettings withPersistentData(boolean persistentData) {
		return new LocalStackSettings(this.repoRoot, this.workDir, this.ports, persistentData, this.demoData,
				this.services, this.serviceJvmOptions, this.environment, this.startupTimeout, this.aotCache);
	}

	public LocalStackSettings withDemoData(boolean demoData) {
		return new LocalStackSettings(this.repoRoot, this.workDir, this.ports, this.persistentData, demoData,
				this.services, this.serviceJvmOptions, this.environment, this.startupTimeout, this.aotCache);
	}

	public LocalStackSettings withServices(List<String> services) {
		return new LocalStackSettings(this.repoRoot, this.workDir, this.ports, this.persistentData, this.demoData,
				services, this.serviceJvmOptions, this.environment, this.startupTimeout, this.aotCache);
	}

	/** Kafka, MongoDB, SMTP and Keycloak only. */
	public LocalStackSettings infrastructureOnly() {
		return withServices(List.of());
	}

	public LocalStackSettings withServiceJvmOptions(List<String> serviceJvmOptions) {
		return new LocalStackSettings(this.repoRoot, this.workDir, this.ports, this.persistentData, this.demoData,
				this.services, serviceJvmOptions, this.environment, this.startupTimeout, this.aotCache);
	}

	public LocalStackSettings withEnvironment(Map<String, String> environment) {
		return new LocalStackSettings(this.repoRoot, this.workDir, this.ports, this.persistentData, this.demoData,
				this.services, this.serviceJvmOptions, environment, this.startupTimeout, this.aotCache);
	}

	public LocalStackSettings withStartupTimeout(Duration startupTimeout) {
		return new LocalStackSettings(this.repoRoot, this.workDir, this.ports, this.persistentData, this.demoData,
				this.services, this.serviceJvmOptions, this.environment, startupTimeout, this.aotCache);
	}

	public LocalStackSettings withAotCache(boolean aotCache) {
		return new LocalStackSettings(this.repoRoot, this.workDir, this.ports, this.persistentData, this.demoData,
				this.services, this.serviceJvmOptions, this.environment, this.startupTimeout, aotCache);
	}

	/**
	 * Where the services' AOT caches live: beside the repository's own run data, whatever
	 * the work directory, since a cache belongs to a build of the jars, not to the data.
	 */
	Path aotCacheDir() {
		return this.repoRoot.resolve(".careflow").resolve("aot");
	}

	private static List<String> defaultServiceJvmOptions() {
		// a code cache of 96 MB, not 48: once over 15 % of it is in use, the JVM runs a
		// full collection (to unload cold code) after each few MB of new code, the fewer
		// free the sooner; at 48 MB that was every ~2.5 MB under load, stalling each
		// service
		// 0.4-2 s several times in a benchmark run (docs/performance.md section 18). The
		// reservation is address space; resident memory grows only as code is compiled
		List<String> options = new ArrayList<>(List.of("-Xss512k", "-XX:+UseSerialGC", "-Xms32m", "-Xmx256m",
				"-XX:ReservedCodeCacheSize=96m", "-XX:+ExitOnOutOfMemoryError"));
		int jdk = Runtime.version().feature();
		if (jdk >= 22) {
			// hands memory glibc keeps after a burst (the JIT's and Netty's allocations)
			// back to the system every few seconds: 25-47 MB less per service after load
			options.add("-XX:TrimNativeHeapInterval=5000");
		}
		if (jdk >= 23) {
			// silences the Kafka client's sun.misc.Unsafe warnings (services run on this
			// java)
			options.add("--sun-misc-unsafe-memory-access=allow");
		}
		if (jdk >= 25) {
			// 8-byte object headers (JEP 519): a smaller heap for the same objects
			options.add("-XX:+UseCompactObjectHeaders");
		}
		return List.copyOf(options);
	}

	Path logsDir() {
		return this.workDir.resolve("logs");
	}

}
