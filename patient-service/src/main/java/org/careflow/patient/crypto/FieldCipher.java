package org.careflow.patient.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals one value with AES-GCM (JDK {@code AES/GCM/NoPadding}, a random 12-byte nonce, a
 * 128-bit tag) into {@code v1.<key id>.<nonce>.<ciphertext and tag>} (base64url). The
 * record's id and the field's name are the associated data: a sealed value copied to
 * another record or another field no longer opens, nor does one altered by a single bit.
 */
public final class FieldCipher {

	private static final String PREFIX = "v1.";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final Keyring keys;

	public FieldCipher(Keyring keys) {
		this.keys = keys;
	}

	/** Sealed with the current key, for this record's field. */
	public String seal(String plaintext, String recordId, String field) {
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		String keyId = this.keys.currentKeyId();
		byte[] sealed = run(Cipher.ENCRYPT_MODE, this.keys.currentKey(), nonce, recordId, field,
				plaintext.getBytes(StandardCharsets.UTF_8));
		return PREFIX + keyId + "." + ENCODER.encodeToString(nonce) + "." + ENCODER.encodeToString(sealed);
	}

	/**
	 * @throws IntegrityException if the value is not a sealed value, was altered, belongs
	 * to another record or field, or its key is not held
	 */
	public String open(String sealed, String recordId, String field) {
		String[] parts = parts(sealed, field);
		SecretKey key = this.keys.key(parts[1]);
		if (key == null) {
			throw new IntegrityException(field + " is sealed with key '" + parts[1] + "', which is not configured");
		}
		try {
			byte[] nonce = DECODER.decode(parts[2]);
			if (nonce.length != NONCE_BYTES) {
				throw new IntegrityException(field + " has a nonce of the wrong length");
			}
			byte[] plain = run(Cipher.DECRYPT_MODE, key, nonce, recordId, field, DECODER.decode(parts[3]));
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new IntegrityException(field + " is not valid base64", ex);
		}
	}

	/** Whether this looks like a sealed value (it may still fail to open). */
	public static boolean isSealed(Object value) {
		return value instanceof String text && text.startsWith(PREFIX);
	}

	/** Whether this sealed value was sealed with the current key. */
	public boolean isCurrent(String sealed) {
		return sealed.startsWith(PREFIX + this.keys.currentKeyId() + ".");
	}

	public String currentKeyId() {
		return this.keys.currentKeyId();
	}

	private static String[] parts(String sealed, String field) {
		String[] parts = (sealed != null) ? sealed.split("\\.", -1) : new String[0];
		if (parts.length != 4 || !isSealed(sealed)) {
			throw new IntegrityException(field + " is not a sealed value");
		}
		return parts;
	}

	private static byte[] run(int mode, SecretKey key, byte[] nonce, String recordId, String field, byte[] input) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associatedData(recordId, field));
			return cipher.doFinal(input);
		}
		catch (AEADBadTagException ex) {
			throw new IntegrityException(field + " failed its integrity check", ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IntegrityException(field + " cannot be processed: " + ex.getClass().getSimpleName(), ex);
		}
	}

	/** The record and the field, separated by a character neither can contain. */
	private static byte[] associatedData(String recordId, String field) {
		return (recordId + "\u0000" + field).getBytes(StandardCharsets.UTF_8);
	}

}
