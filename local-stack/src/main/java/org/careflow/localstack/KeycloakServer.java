package org.careflow.localstack;

import java.io.IOException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

	/** Which realm file an instance's data was imported from. */
	private static final String REALM_FINGERPRINT = "realm.sha256";

	private final Process process;

	private final KeycloakSettings settings;

	private final int port;

	private final int managementPort;

	private final String realm;

	private final Map<String, String> clientSecrets;

	private KeycloakServer(Process process, KeycloakSettings settings, int port, int managementPort, String realm,
			Map<String, String> clientSecrets) {
		this.process = process;
		this.settings = settings;
		this.port = port;
		this.managementPort = managementPort;
		this.realm = realm;
		this.clientSecrets = Map.copyOf(clientSecrets);
	}

	/**
	 * Starts Keycloak and returns once the realm's OpenID configuration is served. A data
	 * directory imported from another version of the realm file is started afresh, so a
	 * changed realm (new clients, roles, policies) always takes effect.
	 */
	public static KeycloakServer start(KeycloakSettings settings) {
		int port = Ports.orFree(settings.port());
		int managementPort = Ports.orFree(settings.managementPort());
		Ports.requireFree(port, "Keycloak");
		Ports.requireFree(managementPort, "Keycloak management");
		Path distribution = KeycloakDistribution.prepare();
		Path home = settings.dataDir().toAbsolutePath();
		RealmFile realm = RealmFile.of(settings);
		if (settings.freshData() || importedFromAnotherRealmFile(home, realm)) {
			Directories.deleteRecursively(home);
		}
		prepareInstance(home, distribution, realm);
		Map<String, String> environment = withClientSecrets(settings.environment(), realm);
		Process process = launch(home, settings, environment, port, managementPort);
		Map<String, String> secrets = new LinkedHashMap<>();
		realm.secretVariables().forEach((client, variable) -> secrets.put(client, environment.get(variable)));
		KeycloakServer server = new KeycloakServer(process, settings, port, managementPort, realm.name(), secrets);
		try {
			server.awaitReady();
			return server;
		}
		catch (RuntimeException ex) {
			server.close();
			throw ex;
		}
	}

	/** The given variables, plus a generated secret for each client not given one. */
	private static Map<String, String> withClientSecrets(Map<String, String> given, RealmFile realm) {
		Map<String, String> environment = new LinkedHashMap<>(given);
		List<String> missing = realm.secretVariables()
			.values()
			.stream()
			.filter(variable -> !environment.containsKey(variable))
			.toList();
		environment.putAll(ClientSecrets.generate(missing));
		return environment;
	}

	private static boolean importedFromAnotherRealmFile(Path home, RealmFile realm) {
		Path fingerprint = home.resolve(REALM_FINGERPRINT);
		try {
			if (Files.isRegularFile(fingerprint) && !Files.readString(fingerprint).equals(realm.fingerprint())) {
				log.warn("The realm file changed since Keycloak's data in {} was imported: starting it afresh "
						+ "(logins registered locally are gone)", home);
				return true;
			}
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
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
	 * The secret of a confidential client of the realm, e.g. {@code appointment-service},
	 * as this instance was given or generated it.
	 */
	public String clientSecret(String clientId) {
		String secret = this.clientSecrets.get(clientId);
		if (secret == null) {
			throw new IllegalArgumentException(
					"No confidential client " + clientId + " in the realm; there are " + this.clientSecrets.keySet());
		}
		return secret;
	}

	/**
	 * A service's own access token (client credentials grant of a confidential client).
	 */
	public String serviceToken(String clientId) {
		return clientCredentialsGrant(tokenUrl(), clientId, clientSecret(clientId));
	}

	/**
	 * The password grant against any Keycloak token endpoint, e.g. one in a container.
	 */
	public static String passwordGrant(String tokenUrl, String clientId, String username, String password) {
		return token(tokenUrl,
				Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", password),
				username);
	}

	/** The client credentials grant against any Keycloak token endpoint. */
	public static String clientCredentialsGrant(String tokenUrl, String clientId, String clientSecret) {
		return token(tokenUrl,
				Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", clientSecret),
				clientId);
	}

	private static String token(String tokenUrl, Map<String, String> parameters, String who) {
		String form = parameters.entrySet()
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
						"Token request for " + who + " failed: " + response.statusCode() + " " + response.body());
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

	private static Process launch(Path home, KeycloakSettings settings, Map<String, String> realmVariables, int port,
			int managementPort) {
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
		// glibc gives each JIT and GC thread its own 64 MB malloc arena: two are plenty
		env.put("MALLOC_ARENA_MAX", "2");
		// resolved into the realm's placeholders (client secrets, SMTP server) at import
		env.putAll(realmVariables);
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
	private static void prepareInstance(Path home, Path distribution, RealmFile realm) {
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
			Files.write(imports.resolve(realm.name() + "-realm.json"), realm.bytes());
			Files.writeString(home.resolve(REALM_FINGERPRINT), realm.fingerprint());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare the Keycloak instance in " + home, ex);
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
