package org.careflow.patient.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed blind index terms: HMAC-SHA256 with the index key of a purpose and a value,
 * truncated to 128 bits (base64url, 22 characters). Equal values give equal terms, so the
 * store can find by equality without holding the value; without the key a term cannot be
 * computed from a guess. The purpose keeps terms of different fields apart.
 */
public final class BlindIndex {

	private static final int TERM_BYTES = 16;

	private final SecretKeySpec key;

	public BlindIndex(Keyring keys) {
		this.key = new SecretKeySpec(keys.indexKey(), "HmacSHA256");
	}

	public String term(String purpose, String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			mac.update(purpose.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, TERM_BYTES));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
