package org.careflow.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The realm Keycloak imports, as the repository keeps it. Confidential clients name their
 * secret as a placeholder ({@code "secret": "${PATIENT_SERVICE_CLIENT_SECRET}"}) that
 * Keycloak resolves from its environment at import, so no secret is committed: whoever
 * starts Keycloak must provide each one.
 */
public final class RealmFile {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern PLACEHOLDER = Pattern.compile("^\\$\\{([A-Z0-9_]+)}$");

	private final byte[] bytes;

	private final String name;

	private final Map<String, String> secretVariables;

	private RealmFile(byte[] bytes) {
		this.bytes = bytes;
		try {
			JsonNode realm = JSON.readTree(bytes);
			this.name = realm.path("realm").asText();
			if (this.name.isBlank()) {
				throw new IllegalStateException("The realm file has no \"realm\" name");
			}
			this.secretVariables = secretVariables(realm);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The realm file is not valid JSON", ex);
		}
	}

	/** The realm of the repository's {@code keycloak/careflow-realm.json}. */
	public static RealmFile careflow() {
		return fromResource(KeycloakSettings.DEFAULT_REALM_RESOURCE);
	}

	static RealmFile of(KeycloakSettings settings) {
		if (settings.realmFile() == null) {
			return fromResource(settings.realmResource());
		}
		try {
			return new RealmFile(Files.readAllBytes(settings.realmFile()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the realm file " + settings.realmFile(), ex);
		}
	}

	private static RealmFile fromResource(String resource) {
		try (InputStream in = RealmFile.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("No realm file: class path resource " + resource
						+ " not found (it comes from the repository's keycloak/ folder via the local-stack jar)");
			}
			return new RealmFile(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the realm file", ex);
		}
	}

	private static Map<String, String> secretVariables(JsonNode realm) {
		Map<String, String> variables = new LinkedHashMap<>();
		for (JsonNode client : realm.path("clients")) {
			Matcher placeholder = PLACEHOLDER.matcher(client.path("secret").asText(""));
			if (placeholder.matches()) {
				variables.put(client.path("clientId").asText(), placeholder.group(1));
			}
		}
		return variables;
	}

	byte[] bytes() {
		return this.bytes;
	}

	String name() {
		return this.name;
	}

	/**
	 * The environment variable holding each confidential client's secret, by client id.
	 */
	public Map<String, String> secretVariables() {
		return this.secretVariables;
	}

	/** Identifies this content, to tell whether an existing import came from it. */
	String fingerprint() {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(this.bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
