package org.careflow.patient.crypto;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the keys come from ({@code careflow.crypto}). Each may be given directly or in
 * the keys file; a value given directly wins. None has a default.
 *
 * @param keys data keys by key id: base64 of 32 random bytes (AES-256). Old ids stay
 * listed until nothing is sealed under them any more
 * @param keysFile a properties file ({@code PATIENT_DATA_KEYS_FILE}) holding
 * {@code key.<id>=<base64>}, {@code current-key=<id>} and {@code index-key=<base64>}
 * @param currentKey the id of the key new values are sealed with
 * ({@code PATIENT_DATA_CURRENT_KEY})
 * @param indexKey base64 of at least 32 random bytes for the blind indexes
 * ({@code PATIENT_DATA_INDEX_KEY}); never changed once data is indexed
 * @param createKeysFile the local stack and compose only: create the keys file with new
 * random keys if it does not exist ({@code PATIENT_DATA_CREATE_KEYS})
 * @param resealOnStart reseal, in the background after the start, every profile not
 * sealed with the current key (older keys, or plain text stored before encryption)
 */
@ConfigurationProperties("careflow.crypto")
public record CryptoProperties(Map<String, String> keys, String keysFile, String currentKey, String indexKey,
		boolean createKeysFile, @DefaultValue("true") boolean resealOnStart) {

	public CryptoProperties {
		keys = (keys != null) ? Map.copyOf(keys) : Map.of();
	}

}
