package org.careflow.platform.links;

import java.util.Arrays;
import java.util.Optional;

/** What a link lets its holder do; the code is what the token carries. */
public enum LinkAction {

	/** Cancel an appointment. */
	CANCEL("cancel"),

	/** Move an appointment to another free slot of its doctor. */
	RESCHEDULE("reschedule"),

	/** Take the slot a waitlist offer holds. */
	ACCEPT_OFFER("accept-offer"),

	/** Confirm that the patient reads the email address they registered with. */
	VERIFY_EMAIL("verify-email"),

	/**
	 * Prove that a printed clinical document (a prescription, a record) is genuine: the
	 * link a document's QR code holds, answered at {@code /verify/{token}}.
	 */
	VERIFY_DOCUMENT("verify-document");

	private final String code;

	LinkAction(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	static Optional<LinkAction> ofCode(String code) {
		return Arrays.stream(values()).filter((action) -> action.code.equals(code)).findFirst();
	}

}
