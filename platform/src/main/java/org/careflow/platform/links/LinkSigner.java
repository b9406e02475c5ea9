package org.careflow.platform.links;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs links into URL-safe tokens and checks them: {@code payload.signature}, both
 * base64url, the signature an HMAC-SHA256 of the payload. Checking costs one HMAC per key
 * and never more than {@link #MAX_TOKEN_LENGTH} characters of input.
 */
public final class LinkSigner {

	/** Longest token accepted; a signed one is about 250 characters. */
	public static final int MAX_TOKEN_LENGTH = 512;

	static final char SEPARATOR = '|';

	private static final String ALGORITHM = "HmacSHA256";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final SigningKey key;

	private final List<SigningKey> acceptedKeys;

	private final Clock clock;

	public LinkSigner(LinkProperties properties, Clock clock) {
		if (properties.signingKey() == null) {
			throw new IllegalArgumentException("LINK_SIGNING_KEY is required");
		}
		this.key = new SigningKey(properties.signingKey());
		List<SigningKey> accepted = new ArrayList<>(List.of(this.key));
		if (properties.previousSigningKey() != null) {
			accepted.add(new SigningKey(properties.previousSigningKey()));
		}
		this.acceptedKeys = List.copyOf(accepted);
		this.clock = clock;
	}

	/** The token for a link, to put in a URL path as it is. */
	public String sign(ActionLink link) {
		String payload = String.join(String.valueOf(SEPARATOR), link.action().code(), link.subjectId(),
				link.patientId(), link.boundTo(), Long.toString(link.expiresAt().getEpochSecond()), link.linkId());
		byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
		return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(this.key.mac(bytes));
	}

	/** Whether the token is ours and still valid, and what it allows. */
	public LinkCheck check(String token) {
		Optional<ActionLink> link = read(token);
		if (link.isEmpty()) {
			return new LinkCheck.Invalid();
		}
		if (!this.clock.instant().isBefore(link.get().expiresAt())) {
			return new LinkCheck.Expired(link.get());
		}
		return new LinkCheck.Valid(link.get());
	}

	private Optional<ActionLink> read(String token) {
		if (token == null || token.length() > MAX_TOKEN_LENGTH) {
			return Optional.empty();
		}
		int dot = token.indexOf('.');
		if (dot <= 0 || dot != token.lastIndexOf('.')) {
			return Optional.empty();
		}
		String payloadText = token.substring(0, dot);
		String signatureText = token.substring(dot + 1);
		byte[] payload;
		byte[] signature;
		try {
			payload = DECODER.decode(payloadText);
			signature = DECODER.decode(signatureText);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		// only the one spelling we write: the last character of base64 carries unused
		// bits,
		// and a decoder ignores them, so another letter there would decode the same
		if (!ENCODER.encodeToString(payload).equals(payloadText)
				|| !ENCODER.encodeToString(signature).equals(signatureText) || !signedByUs(payload, signature)) {
			return Optional.empty();
		}
		return parse(new String(payload, StandardCharsets.UTF_8));
	}

	private boolean signedByUs(byte[] payload, byte[] signature) {
		boolean signed = false;
		for (SigningKey accepted : this.acceptedKeys) {
			// constant time: a forger learns nothing from how long a refusal took
			signed |= MessageDigest.isEqual(accepted.mac(payload), signature);
		}
		return signed;
	}

	private static Optional<ActionLink> parse(String payload) {
		String[] fields = payload.split("\\" + SEPARATOR, -1);
		if (fields.length != 6) {
			return Optional.empty();
		}
		Optional<LinkAction> action = LinkAction.ofCode(fields[0]);
		if (action.isEmpty()) {
			return Optional.empty();
		}
		try {
			Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(fields[4]));
			return Optional.of(new ActionLink(action.get(), fields[1], fields[2], fields[3], expiresAt, fields[5]));
		}
		catch (RuntimeException ex) {
			// only a payload we signed gets here: a key shared with something else, or a
			// bug
			return Optional.empty();
		}
	}

	/**
	 * A key with a {@link Mac} ready per thread: looking up the algorithm's provider and
	 * initialising a Mac cost more than the HMAC itself, and links are signed on the path
	 * of every booking email. {@code doFinal} leaves the Mac ready for the next use.
	 */
	private static final class SigningKey {

		private final ThreadLocal<Mac> macs;

		SigningKey(String secret) {
			SecretKeySpec spec = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
			this.macs = ThreadLocal.withInitial(() -> newMac(spec));
		}

		byte[] mac(byte[] payload) {
			return this.macs.get().doFinal(payload);
		}

		private static Mac newMac(SecretKeySpec spec) {
			try {
				Mac mac = Mac.getInstance(ALGORITHM);
				mac.init(spec);
				return mac;
			}
			catch (NoSuchAlgorithmException | InvalidKeyException ex) {
				throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
			}
		}

	}

}
