package org.careflow.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real Keycloak server (the Quarkus distribution from Maven Central) as a child
 * process, with the CareFlow realm imported on its first start. Each instance runs from
 * its own data directory, which links to one shared, already-built distribution (see
 * {@link KeycloakDistribution}) and holds the instance's H2 database; a restart on the
 * same directory keeps registered users and skips the import. The issuer is fixed to
 * {@code http://localhost:<port>/realms/<realm>} whatever host name a client uses, and
 * the server listens on 127.0.0.1 only.
 */
public final class KeycloakServer implements AutoCloseable {

	public static final String ADMIN_USERNAME = "admin";

	public static final String ADMIN_PASSWORD = "admin";

	private static final Logger log = LoggerFactory.getLogger(KeycloakServer.class);

	private static final ObjectMapper JSON = new ObjectMapper();

	/**
	 * What an instance links to in the shared distribution; everything else is its own.
	 */
	private static final List<String> SHARED = List.of("lib", "conf", "providers", "themes");

	private final Process process;

	private final KeycloakSettings settings;

	private final int port;

	private final int managementPort;

	private final String realm;

	private KeycloakServer(Process process, KeycloakSettings settings, int port, int managementPort, String realm) {
		this.process = process;
		this.settings = settings;
		this.port = port;
		this.managementPort = managementPort;
		this.realm = realm;
	}

	/** Starts Keycloak and returns once the realm's OpenID configuration is served. */
	public static KeycloakServer start(KeycloakSettings settings) {
		int port = Ports.orFree(settings.port());
		int managementPort = Ports.orFree(settings.managementPort());
		Ports.requireFree(port, "Keycloak");
		Ports.requireFree(managementPort, "Keycloak management");
		Path distribution = KeycloakDistribution.prepare();
		Path home = settings.dataDir().toAbsolutePath();
		if (settings.freshData()) {
			Directories.deleteRecursively(home);
		}
		byte[] realmJson = realmJson(settings);
		String realm = realmName(realmJson);
		prepareInstance(home, distribution, realm, realmJson);
		Process process = launch(home, settings, port, managementPort);
		KeycloakServer server = new KeycloakServer(process, settings, port, managementPort, realm);
		try {
			server.awaitReady();
			return server;
		}
		catch (RuntimeException ex) {
			server.close();
			throw ex;
		}
	}

	/**
	 * {@code http://localhost:<port>}: the base URL, also the host every issued token
	 * names.
	 */
	public String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/** {@code http://localhost:<port>/realms/<realm>}, the {@code iss} of every token. */
	public String issuerUri() {
		return baseUrl() + "/realms/" + this.realm;
	}

	public String tokenUrl() {
		return issuerUri() + "/protocol/openid-connect/token";
	}

	public String jwkSetUri() {
		return issuerUri() + "/protocol/openid-connect/certs";
	}

	/** {@code http://localhost:<managementPort>}; {@code /health/ready} lives there. */
	public String managementUrl() {
		return "http://localhost:" + this.managementPort;
	}

	public int port() {
		return this.port;
	}

	public String realm() {
		return this.realm;
	}

	public Path logFile() {
		return this.settings.logFile();
	}

	/** The pid of {@code kc.sh}; Keycloak's JVM is its child. */
	public long pid() {
		return this.process.pid();
	}

	/**
	 * An access token obtained with the password grant (the client must allow direct
	 * access grants, as {@code careflow-web} does).
	 */
	public String accessToken(String clientId, String username, String password) {
		return passwordGrant(tokenUrl(), clientId, username, password);
	}

	/**
	 * The password grant against any Keycloak token endpoint, e.g. one in a container.
	 */
	public static String passwordGrant(String tokenUrl, String clientId, String username, String password) {
		String form = Map
			.of("grant_type", "password", "client_id", clientId, "username", username, "password", password)
			.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUrl))
			.timeout(Duration.ofSeconds(20))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		try {
			HttpResponse<String> response = Http.client().send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(
						"Token request for " + username + " failed: " + response.statusCode() + " " + response.body());
			}
			return JSON.readTree(response.body()).path("access_token").asText();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Stops kc.sh and Keycloak's JVM (SIGTERM, then SIGKILL after 20 s) and waits for
	 * both.
	 */
	@Override
	public void close() {
		Processes.stopTree(this.process.toHandle(), Duration.ofSeconds(20));
		if (this.settings.deleteDataOnClose()) {
			try {
				Directories.deleteRecursively(this.settings.dataDir());
			}
			catch (UncheckedIOException ex) {
				log.warn("Could not delete {}: {}", this.settings.dataDir(), ex.getMessage());
			}
		}
	}

	private void awaitReady() {
		String probe = issuerUri() + "/.well-known/openid-configuration";
		long deadline = System.nanoTime() + this.settings.startupTimeout().toNanos();
		while (Http.status(probe) != 200) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Keycloak exited with code " + this.process.exitValue()
						+ " while starting\n" + LogTail.of(logFile(), 40));
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Keycloak did not serve " + probe + " within "
						+ this.settings.startupTimeout() + "\n" + LogTail.of(logFile(), 40));
			}
			pause();
		}
	}

	private static Process launch(Path home, KeycloakSettings settings, int port, int managementPort) {
		List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized",
				"--cache=local", "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + port,
				"--hostname=http://localhost:" + port, "--http-management-host=127.0.0.1",
				"--http-management-port=" + managementPort, "--import-realm"));
		Path logFile = settings.logFile().toAbsolutePath();
		Directories.create(logFile.getParent());
		ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
			.redirectErrorStream(true)
			.redirectOutput(logFile.toFile());
		Map<String, String> env = builder.environment();
		// a developer's own Keycloak or JVM settings must not leak into this instance
		env.keySet().removeIf((name) -> name.startsWith("KC_") || name.startsWith("JAVA_OPTS"));
		env.put("JAVA_HOME", KeycloakDistribution.javaHome().toString());
		env.put("JAVA_OPTS", String.join(" ", settings.jvmOptions()) + " -Dcareflow.keycloak.home=" + home);
		env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
		env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
		log.info("Starting Keycloak on port {} with data in {}; log: {}", port, home, logFile);
		try {
			return builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start " + command.get(0), ex);
		}
	}

	/**
	 * Lays out the instance home: its own {@code bin/kc.sh} (kc.sh derives the home from
	 * its own path) and {@code data/}, links to the shared lib, conf, providers and
	 * themes, and the realm in {@code data/import} named {@code <realm>-realm.json} as
	 * Keycloak requires.
	 */
	private static void prepareInstance(Path home, Path distribution, String realm, byte[] realmJson) {
		try {
			Directories.create(home.resolve("bin"));
			Files.copy(distribution.resolve("bin/kc.sh"), home.resolve("bin/kc.sh"),
					StandardCopyOption.REPLACE_EXISTING);
			home.resolve("bin/kc.sh").toFile().setExecutable(true);
			for (String shared : SHARED) {
				Path link = home.resolve(shared);
				Files.deleteIfExists(link);
				Files.createSymbolicLink(link, distribution.resolve(shared));
			}
			Path imports = Directories.create(home.resolve("data/import"));
			Files.write(imports.resolve(realm + "-realm.json"), realmJson);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare the Keycloak instance in " + home, ex);
		}
	}

	private static byte[] realmJson(KeycloakSettings settings) {
		try {
			if (settings.realmFile() != null) {
				return Files.readAllBytes(settings.realmFile());
			}
			try (InputStream in = KeycloakServer.class.getClassLoader().getResourceAsStream(settings.realmResource())) {
				if (in == null) {
					throw new IllegalStateException("No realm file: class path resource " + settings.realmResource()
							+ " not found (it comes from the repository's keycloak/ folder via the local-stack jar)");
				}
				return in.readAllBytes();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the realm file", ex);
		}
	}

	private static String realmName(byte[] realmJson) {
		try {
			JsonNode name = JSON.readTree(realmJson).path("realm");
			if (!name.isTextual() || name.asText().isBlank()) {
				throw new IllegalStateException("The realm file has no \"realm\" name");
			}
			return name.asText();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The realm file is not valid JSON", ex);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(250);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for Keycloak", ex);
		}
	}

}
