package org.careflow.notification.messages;

/**
 * A person as the emails address them, and (for a patient) whether they want the optional
 * emails: reminders, and "your visit summary is ready".
 */
public record Recipient(String email, String firstName, String lastName, boolean wantsReminders,
		boolean wantsVisitSummaries, String timeZone) {

	/** Someone who gets every email. */
	public Recipient(String email, String firstName, String lastName) {
		this(email, firstName, lastName, true, true, null);
	}

	/** Someone who named no time zone of their own. */
	public Recipient(String email, String firstName, String lastName, boolean wantsReminders,
			boolean wantsVisitSummaries) {
		this(email, firstName, lastName, wantsReminders, wantsVisitSummaries, null);
	}

	String fullName() {
		return (this.firstName + " " + this.lastName).trim();
	}

}
