package org.careflow.platform.links;

/** What checking a token found. */
public sealed interface LinkCheck {

	/** Signed by us, not expired. */
	record Valid(ActionLink link) implements LinkCheck {
	}

	/** Signed by us, but past its expiry. */
	record Expired(ActionLink link) implements LinkCheck {
	}

	/**
	 * Not a token we signed: altered, truncated, made up, or signed with a retired key.
	 */
	record Invalid() implements LinkCheck {
	}

}
