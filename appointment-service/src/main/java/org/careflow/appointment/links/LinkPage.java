package org.careflow.appointment.links;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * What a link's page says: a heading, a sentence, and the buttons, if any, that act.
 *
 * @param status the HTTP status it is answered with
 * @param title the heading
 * @param message one or two plain sentences
 * @param buttons each a button posting its value back to the link (empty: nothing to do)
 */
record LinkPage(HttpStatus status, String title, String message, List<Button> buttons) {

	static LinkPage confirm(String title, String message, Button... buttons) {
		return new LinkPage(HttpStatus.OK, title, message, List.of(buttons));
	}

	static LinkPage done(String title, String message) {
		return new LinkPage(HttpStatus.OK, title, message, List.of());
	}

	static LinkPage invalid() {
		return new LinkPage(HttpStatus.BAD_REQUEST, "This link is not valid",
				"It may have been cut short when it was copied. Open the link from your email again, or sign in to "
						+ "CareFlow to manage your appointments.",
				List.of());
	}

	static LinkPage expired() {
		return new LinkPage(HttpStatus.GONE, "This link has expired",
				"Links in our emails work until the appointment starts (an offer: until it ends). Sign in to "
						+ "CareFlow to see your appointments.",
				List.of());
	}

	static LinkPage used() {
		return new LinkPage(HttpStatus.GONE, "This link has already been used",
				"Each link works once, and this one has done its job. Sign in to CareFlow to see your appointments.",
				List.of());
	}

	static LinkPage superseded(String what) {
		return new LinkPage(HttpStatus.GONE, what + " has changed since this email",
				"This link was for how it stood then, so it no longer does anything. Use the link in your latest "
						+ "email, or sign in to CareFlow.",
				List.of());
	}

	static LinkPage notPossible(String title, String reason, Button... buttons) {
		return new LinkPage(HttpStatus.CONFLICT, title, reason, List.of(buttons));
	}

	static LinkPage unavailable(String what) {
		return new LinkPage(HttpStatus.SERVICE_UNAVAILABLE, "Please try again in a minute",
				what + " is not available right now. Nothing was changed; your link still works.", List.of());
	}

	LinkPage withStatus(HttpStatus other) {
		return new LinkPage(other, this.title, this.message, this.buttons);
	}

	/**
	 * A button of the page's form.
	 *
	 * @param label what it says
	 * @param value what it posts as {@code choice} (empty for a single confirmation)
	 */
	record Button(String label, String value) {

		static Button confirm(String label) {
			return new Button(label, "");
		}

	}

}
