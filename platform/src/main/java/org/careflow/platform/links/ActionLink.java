package org.careflow.platform.links;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * What a link lets its holder do, to what, until when.
 *
 * @param action the action
 * @param subjectId the appointment (cancel, reschedule), the offer (accept) or the
 * patient (verify email) acted on
 * @param patientId the patient the email went to, who acts through the link
 * @param boundTo the subject as the email showed it (an appointment's start, in epoch
 * seconds; the address an email went to, digested): a link to a subject that has changed
 * since is superseded
 * @param expiresAt after this the link is expired
 * @param linkId this link's own id, marked when it is used so it is used once
 */
public record ActionLink(LinkAction action, String subjectId, String patientId, String boundTo, Instant expiresAt,
		String linkId) {

	/** Longest id or binding a link carries; ids here are UUIDs. */
	static final int MAX_FIELD_LENGTH = 64;

	public ActionLink {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(expiresAt, "expiresAt");
		requireField("subjectId", subjectId);
		requireField("patientId", patientId);
		requireField("boundTo", boundTo);
		requireField("linkId", linkId);
	}

	/** A new link with an id of its own (a random UUID: 122 random bits). */
	public static ActionLink issue(LinkAction action, String subjectId, String patientId, String boundTo,
			Instant expiresAt) {
		return new ActionLink(action, subjectId, patientId, boundTo, expiresAt, UUID.randomUUID().toString());
	}

	/** An appointment as its email shows it: bound to its start. */
	public static String boundToStart(Instant start) {
		return Long.toString(start.getEpochSecond());
	}

	/**
	 * An email address as the email went to it, digested so that the token does not carry
	 * the address itself: a link to verify an address the patient has changed since
	 * verifies nothing. Case does not matter to a mailbox, so it does not matter here.
	 */
	public static String boundToAddress(String email) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

	private static void requireField(String name, String value) {
		if (value == null || value.isEmpty() || value.length() > MAX_FIELD_LENGTH
				|| value.indexOf(LinkSigner.SEPARATOR) >= 0) {
			throw new IllegalArgumentException(
					name + " must be 1 to " + MAX_FIELD_LENGTH + " characters without '" + LinkSigner.SEPARATOR + "'");
		}
	}

}
