package org.careflow.notification.messages;

import java.time.Duration;

/** How long a link works, as an email says it: "72 hours", "7 days", "90 minutes". */
final class LinkValidity {

	private LinkValidity() {
	}

	static String describe(Duration validity) {
		if (validity.toDays() >= 2 && validity.equals(Duration.ofDays(validity.toDays()))) {
			return validity.toDays() + " days";
		}
		if (validity.equals(Duration.ofHours(validity.toHours()))) {
			return plural(validity.toHours(), "hour");
		}
		return plural(validity.toMinutes(), "minute");
	}

	private static String plural(long count, String unit) {
		return count + " " + unit + ((count == 1) ? "" : "s");
	}

}
