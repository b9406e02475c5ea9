package org.careflow.platform.links;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What a link lets its holder do, to what, until when.
 *
 * @param action the action
 * @param subjectId the appointment (cancel, reschedule) or the offer (accept) acted on
 * @param patientId the patient the email went to, who acts through the link
 * @param boundTo the subject as the email showed it (an appointment's start, in epoch
 * seconds): a link to a subject that has changed since is superseded
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

	private static void requireField(String name, String value) {
		if (value == null || value.isEmpty() || value.length() > MAX_FIELD_LENGTH
				|| value.indexOf(LinkSigner.SEPARATOR) >= 0) {
			throw new IllegalArgumentException(
					name + " must be 1 to " + MAX_FIELD_LENGTH + " characters without '" + LinkSigner.SEPARATOR + "'");
		}
	}

}
