package org.careflow.localstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Secrets of the realm's confidential clients for one local installation: random on first
 * use and kept in a file readable by its owner only, so the same secrets reach Keycloak
 * (at import) and the services (at every start), and none is ever committed.
 */
public final class ClientSecrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private ClientSecrets() {
	}

	/** A new random secret for each variable. */
	public static Map<String, String> generate(Collection<String> variables) {
		Map<String, String> secrets = new LinkedHashMap<>();
		variables.forEach(variable -> secrets.put(variable, randomSecret()));
		return secrets;
	}

	/**
	 * The secrets stored in {@code file}, adding a new one for each variable it lacks.
	 */
	static Map<String, String> loadOrCreate(Path file, Collection<String> variables) {
		Properties stored = new Properties();
		try {
			if (Files.isRegularFile(file)) {
				try (Reader in = Files.newBufferedReader(file)) {
					stored.load(in);
				}
			}
			Map<String, String> secrets = new LinkedHashMap<>();
			boolean added = false;
			for (String variable : variables) {
				String secret = stored.getProperty(variable);
				if (secret == null || secret.isBlank()) {
					secret = randomSecret();
					stored.setProperty(variable, secret);
					added = true;
				}
				secrets.put(variable, secret);
			}
			if (added) {
				store(file, stored);
			}
			return secrets;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or write the client secrets in " + file, ex);
		}
	}

	private static void store(Path file, Properties secrets) throws IOException {
		Directories.create(file.toAbsolutePath().getParent());
		if (!Files.exists(file)) {
			Files.createFile(file);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system: the directory's own protection applies
			}
		}
		try (Writer out = Files.newBufferedWriter(file)) {
			secrets.store(out, "Secrets of CareFlow's confidential Keycloak clients on this machine; do not share");
		}
	}

	private static String randomSecret() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
