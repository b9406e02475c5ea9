package org.careflow.patient.crypto;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The data keys by id, which of them seals new values, and the blind-index key. Built
 * once at start; a key that is missing or not 32 bytes stops the start, naming the
 * variable to set (there is no default key).
 */
public final class Keyring {

	static final int KEY_BYTES = 32;

	/** A key id is written into every sealed value, between dots. */
	private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

	private final Map<String, SecretKey> dataKeys;

	private final String currentKeyId;

	private final byte[] indexKey;

	private Keyring(Map<String, SecretKey> dataKeys, String currentKeyId, byte[] indexKey) {
		this.dataKeys = Map.copyOf(dataKeys);
		this.currentKeyId = currentKeyId;
		this.indexKey = indexKey.clone();
	}

	/**
	 * @param keys base64 data keys by id
	 * @throws IllegalStateException naming what is missing or malformed (never a key)
	 */
	public static Keyring of(Map<String, String> keys, String currentKeyId, String indexKey) {
		if (currentKeyId == null || currentKeyId.isBlank()) {
			throw new IllegalStateException("careflow.crypto.current-key is required: set PATIENT_DATA_CURRENT_KEY "
					+ "(or current-key in PATIENT_DATA_KEYS_FILE); there is no default");
		}
		if (keys.isEmpty()) {
			throw new IllegalStateException("careflow.crypto.keys is required: set PATIENT_DATA_KEYS_FILE "
					+ "(key.<id>=<base64 of 32 bytes>) or CAREFLOW_CRYPTO_KEYS_<ID>; there is no default");
		}
		Map<String, SecretKey> dataKeys = new LinkedHashMap<>();
		keys.forEach((id, encoded) -> {
			if (!KEY_ID.matcher(id).matches()) {
				throw new IllegalStateException(
						"careflow.crypto.keys: key id '" + id + "' must be 1 to 32 letters, digits, '-' or '_'");
			}
			dataKeys.put(id, new SecretKeySpec(decode("careflow.crypto.keys." + id, encoded, true), "AES"));
		});
		if (!dataKeys.containsKey(currentKeyId.strip())) {
			throw new IllegalStateException(
					"careflow.crypto.current-key '" + currentKeyId + "' is not one of the configured keys "
							+ dataKeys.keySet() + ": set PATIENT_DATA_CURRENT_KEY to one of them");
		}
		if (indexKey == null || indexKey.isBlank()) {
			throw new IllegalStateException("careflow.crypto.index-key is required: set PATIENT_DATA_INDEX_KEY "
					+ "(or index-key in PATIENT_DATA_KEYS_FILE), base64 of at least 32 random bytes; there is no default");
		}
		return new Keyring(dataKeys, currentKeyId.strip(), decode("careflow.crypto.index-key", indexKey, false));
	}

	private static byte[] decode(String name, String encoded, boolean exact) {
		byte[] bytes;
		try {
			String trimmed = encoded.strip();
			bytes = (trimmed.indexOf('-') >= 0 || trimmed.indexOf('_') >= 0) ? Base64.getUrlDecoder().decode(trimmed)
					: Base64.getDecoder().decode(trimmed);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(name + " is not base64");
		}
		if (exact ? bytes.length != KEY_BYTES : bytes.length < KEY_BYTES) {
			throw new IllegalStateException(
					name + " must be base64 of " + (exact ? "" : "at least ") + KEY_BYTES + " random bytes");
		}
		return bytes;
	}

	String currentKeyId() {
		return this.currentKeyId;
	}

	SecretKey currentKey() {
		return this.dataKeys.get(this.currentKeyId);
	}

	/**
	 * @return the key, or null if this service does not hold it
	 */
	SecretKey key(String keyId) {
		return this.dataKeys.get(keyId);
	}

	Set<String> keyIds() {
		return this.dataKeys.keySet();
	}

	byte[] indexKey() {
		return this.indexKey.clone();
	}

}
