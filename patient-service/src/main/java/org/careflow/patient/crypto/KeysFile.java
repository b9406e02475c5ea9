package org.careflow.patient.crypto;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The keys file ({@code PATIENT_DATA_KEYS_FILE}), a properties file an operator mounts:
 * <pre>
 * current-key=2026-12
 * key.2026-12=&lt;base64 of 32 bytes&gt;
 * key.2026-06=&lt;the previous key, kept while values sealed with it remain&gt;
 * index-key=&lt;base64 of 32 bytes&gt;
 * </pre> The local stack alone asks for it to be created with new random keys when it
 * does not exist yet ({@code PATIENT_DATA_CREATE_KEYS=true}), readable by its owner only.
 */
final class KeysFile {

	private static final SecureRandom RANDOM = new SecureRandom();

	private KeysFile() {
	}

	/**
	 * The keys of the configuration, completed from the file (what is set directly wins).
	 */
	static Keyring keyring(CryptoProperties properties) {
		Map<String, String> keys = new LinkedHashMap<>();
		String current = properties.currentKey();
		String index = properties.indexKey();
		if (properties.keysFile() != null && !properties.keysFile().isBlank()) {
			Path file = Path.of(properties.keysFile().strip());
			if (properties.createKeysFile() && !Files.exists(file)) {
				create(file);
			}
			Properties stored = read(file);
			stored.stringPropertyNames()
				.stream()
				.filter((name) -> name.startsWith("key."))
				.forEach((name) -> keys.put(name.substring(4), stored.getProperty(name)));
			current = blank(current) ? stored.getProperty("current-key") : current;
			index = blank(index) ? stored.getProperty("index-key") : index;
		}
		keys.putAll(properties.keys());
		return Keyring.of(keys, current, index);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static Properties read(Path file) {
		Properties stored = new Properties();
		try (Reader in = Files.newBufferedReader(file)) {
			stored.load(in);
			return stored;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read PATIENT_DATA_KEYS_FILE " + file + ": " + ex, ex);
		}
	}

	private static void create(Path file) {
		Properties keys = new Properties();
		String id = "local-1";
		keys.setProperty("current-key", id);
		keys.setProperty("key." + id, randomKey());
		keys.setProperty("index-key", randomKey());
		try {
			if (file.toAbsolutePath().getParent() != null) {
				Files.createDirectories(file.toAbsolutePath().getParent());
			}
			Files.createFile(file);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system: the directory's own protection applies
			}
			try (Writer out = Files.newBufferedWriter(file)) {
				keys.store(out, "patient-service's keys for personal data on this machine; keep it, do not share it");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create PATIENT_DATA_KEYS_FILE " + file, ex);
		}
	}

	static String randomKey() {
		byte[] key = new byte[Keyring.KEY_BYTES];
		RANDOM.nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}
