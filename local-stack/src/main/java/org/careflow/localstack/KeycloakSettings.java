package org.careflow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How to run one Keycloak instance.
 *
 * @param port HTTP port on 127.0.0.1 (0 = a free port); also fixes the issuer
 * {@code http://localhost:<port>/realms/<realm>}
 * @param managementPort port of the health endpoints ({@code /health/ready}); 0 = a free
 * port
 * @param dataDir this instance's own directory: its database, transaction logs and realm
 * import (the shared, built distribution is only linked from it)
 * @param freshData delete {@code dataDir} before starting, so the realm is imported anew
 * @param deleteDataOnClose delete {@code dataDir} when the server is closed
 * @param realmFile the realm to import, or {@code null} to use {@code realmResource}
 * @param realmResource class path resource of the realm, used when {@code realmFile} is
 * null
 * @param logFile where the server's output goes
 * @param jvmOptions options for Keycloak's JVM (replace kc.sh's defaults)
 * @param startupTimeout how long to wait for the realm to be served
 * @param environment variables the realm file's placeholders are resolved from at import,
 * e.g. client secrets and the SMTP server; a client secret not given here is generated
 */
public record KeycloakSettings(int port, int managementPort, Path dataDir, boolean freshData, boolean deleteDataOnClose,
		Path realmFile, String realmResource, Path logFile, List<String> jvmOptions, Duration startupTimeout,
		Map<String, String> environment) {

	public static final int DEFAULT_PORT = 8180;

	public static final int DEFAULT_MANAGEMENT_PORT = 9180;

	public static final String DEFAULT_REALM_RESOURCE = "keycloak/careflow-realm.json";

	/**
	 * Small heap and serial GC: light on a laptop. C2 stays on, as for the services:
	 * every sign-in signs a token.
	 */
	public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xms64m", "-Xmx512m", "-XX:MetaspaceSize=96M",
			"-XX:MaxMetaspaceSize=256m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8",
			"-Djava.security.egd=file:/dev/urandom");

	public KeycloakSettings {
		jvmOptions = List.copyOf(jvmOptions);
		environment = Map.copyOf(environment);
	}

	/**
	 * An instance that keeps its users and sessions in {@code dataDir} across restarts,
	 * on the default ports, importing the CareFlow realm from the class path on its first
	 * start.
	 */
	public static KeycloakSettings persistent(Path dataDir) {
		return new KeycloakSettings(DEFAULT_PORT, DEFAULT_MANAGEMENT_PORT, dataDir, false, false, null,
				DEFAULT_REALM_RESOURCE, dataDir.resolve("keycloak.log"), DEFAULT_JVM_OPTIONS, Duration.ofMinutes(3),
				Map.of());
	}

	/**
	 * A clean instance on free ports in a new temporary directory, deleted on close: for
	 * tests.
	 */
	public static KeycloakSettings temporary() {
		try {
			Path dataDir = Files.createTempDirectory("careflow-keycloak-");
			return persistent(dataDir).withPort(0)
				.withManagementPort(0)
				.withFreshData(true)
				.withDeleteDataOnClose(true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public KeycloakSettings withPort(int port) {
		return new KeycloakSettings(port, this.managementPort, this.dataDir, this.freshData, this.deleteDataOnClose,
				this.realmFile, this.realmResource, this.logFile, this.jvmOptions, this.startupTimeout,
				this.environment);
	}

	public KeycloakSettings withManagementPort(int managementPort) {
		return new KeycloakSettings(this.port, managementPort, this.dataDir, this.freshData, this.deleteDataOnClose,
				this.realmFile, this.realmResource, this.logFile, this.jvmOptions, this.startupTimeout,
				this.environment);
	}

	public KeycloakSettings withFreshData(boolean freshData) {
		return new KeycloakSettings(this.port, this.managementPort, this.dataDir, freshData, this.deleteDataOnClose,
				this.realmFile, this.realmResource, this.logFile, this.jvmOptions, this.startupTimeout,
				this.environment);
	}

	public KeycloakSettings withDeleteDataOnClose(boolean deleteDataOnClose) {
		return new KeycloakSettings(this.port, this.managementPort, this.dataDir, this.freshData, deleteDataOnClose,
				this.realmFile, this.realmResource, this.logFile, this.jvmOptions, this.startupTimeout,
				this.environment);
	}

	public KeycloakSettings withRealmFile(Path realmFile) {
		return new KeycloakSettings(this.port, this.managementPort, this.dataDir, this.freshData,
				this.deleteDataOnClose, realmFile, this.realmResource, this.logFile, this.jvmOptions,
				this.startupTimeout, this.environment);
	}

	public KeycloakSettings withRealmResource(String realmResource) {
		return new KeycloakSettings(this.port, this.managementPort, this.dataDir, this.freshData,
				this.deleteDataOnClose, null, realmResource, this.logFile, this.jvmOptions, this.startupTimeout,
				this.environment);
	}

	public KeycloakSettings withLogFile(Path logFile) {
		return new KeycloakSettings(this.port, this.managementPort, this.dataDir, this.freshData,
				this.deleteDataOnClose, this.realmFile, this.realmResource, logFile, this.jvmOptions,
				this.startupTimeout, this.environment);
	}

	public KeycloakSettings withJvmOptions(List<String> jvmOptions) {
		return new KeycloakSettings(this.port, this.managementPort, this.dataDir, this.freshData,
				this.deleteDataOnClose, this.realmFile, this.realmResource, this.logFile, jvmOptions,
				this.startupTimeout, this.environment);
	}

	public KeycloakSettings withStartupTimeout(Duration startupTimeout) {
		return new KeycloakSettings(this.port, this.managementPort, this.dataDir, this.freshData,
				this.deleteDataOnClose, this.realmFile, this.realmResource, this.logFile, this.jvmOptions,
				startupTimeout, this.environment);
	}

	public KeycloakSettings withEnvironment(Map<String, String> environment) {
		return new KeycloakSettings(this.port, this.managementPort, this.dataDir, this.freshData,
				this.deleteDataOnClose, this.realmFile, this.realmResource, this.logFile, this.jvmOptions,
				this.startupTimeout, environment);
	}

}
