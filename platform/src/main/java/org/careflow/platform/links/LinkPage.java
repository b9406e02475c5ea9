package org.careflow.platform.links;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * What a link's page says: a heading, a sentence, and the buttons, if any, that act. The
 * generic pages (not valid, expired, used, changed since, unavailable) are worded for any
 * link; the service that answers says what its own links are about.
 *
 * @param status the HTTP status it is answered with
 * @param title the heading
 * @param message one or two plain sentences
 * @param buttons each a button posting its value back to the link (empty: nothing to do)
 */
public record LinkPage(HttpStatus status, String title, String message, List<Button> buttons) {

	public LinkPage {
		buttons = List.copyOf(buttons);
	}

	public static LinkPage confirm(String title, String message, Button... buttons) {
		return new LinkPage(HttpStatus.OK, title, message, List.of(buttons));
	}

	public static LinkPage done(String title, String message) {
		return new LinkPage(HttpStatus.OK, title, message, List.of());
	}

	/** Not a link we signed, or not one this page answers: 400. */
	public static LinkPage invalid() {
		return new LinkPage(HttpStatus.BAD_REQUEST, "This link is not valid",
				"It may have been cut short when it was copied. Open the link from your email again, or sign in to "
						+ "CareFlow.",
				List.of());
	}

	/**
	 * @param advice how long such links work and what to do instead
	 */
	public static LinkPage expired(String advice) {
		return new LinkPage(HttpStatus.GONE, "This link has expired", advice, List.of());
	}

	/**
	 * @param advice where to look instead
	 */
	public static LinkPage used(String advice) {
		return new LinkPage(HttpStatus.GONE, "This link has already been used",
				"Each link works once, and this one has done its job. " + advice, List.of());
	}

	/**
	 * @param what what the email showed, e.g. "Your appointment", "Your email address"
	 */
	public static LinkPage superseded(String what) {
		return new LinkPage(HttpStatus.GONE, what + " has changed since this email",
				"This link was for how it stood then, so it no longer does anything. Use the link in your latest "
						+ "email, or sign in to CareFlow.",
				List.of());
	}

	public static LinkPage notPossible(String title, String reason, Button... buttons) {
		return new LinkPage(HttpStatus.CONFLICT, title, reason, List.of(buttons));
	}

	/**
	 * @param what what is down, as the sentence's subject, e.g. "Booking"
	 */
	public static LinkPage unavailable(String what) {
		return new LinkPage(HttpStatus.SERVICE_UNAVAILABLE, "Please try again in a minute",
				what + " is not available right now. Nothing was changed; your link still works.", List.of());
	}

	public LinkPage withStatus(HttpStatus other) {
		return new LinkPage(other, this.title, this.message, this.buttons);
	}

	/**
	 * A button of the page's form.
	 *
	 * @param label what it says
	 * @param value what it posts as {@code choice} (empty for a single confirmation)
	 */
	public record Button(String label, String value) {

		public static Button confirm(String label) {
			return new Button(label, "");
		}

	}

}
