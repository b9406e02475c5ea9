package org.careflow.notification.messages;

/** How a doctor is named to patients. */
public record DoctorName(String firstName, String lastName, String specialty) {

	/** For example "Dr Gregory House (Internal Medicine)". */
	String display() {
		String name = "Dr " + (this.firstName + " " + this.lastName).trim();
		return (this.specialty == null || this.specialty.isBlank()) ? name : name + " (" + this.specialty + ")";
	}

}
