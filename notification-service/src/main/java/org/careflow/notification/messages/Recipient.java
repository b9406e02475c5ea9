package org.careflow.notification.messages;

/**
 * A person as the emails address them, and (for a patient) whether they want the optional
 * emails: reminders, and "your visit summary is ready".
 */
public record Recipient(String email, String firstName, String lastName, boolean wantsReminders,
		boolean wantsVisitSummaries) {

	/** Someone who gets every email. */
	public Recipient(String email, String firstName, String lastName) {
		this(email, firstName, lastName, true, true);
	}

	String fullName() {
		return (this.firstName + " " + this.lastName).trim();
	}

}
