package org.careflow.notification.messages;

/** A patient as the emails address them. */
public record Recipient(String email, String firstName, String lastName) {

	String fullName() {
		return (this.firstName + " " + this.lastName).trim();
	}

}
