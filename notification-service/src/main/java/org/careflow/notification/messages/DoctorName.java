package org.careflow.notification.messages;

/** How a doctor is named to patients. */
public record DoctorName(String firstName, String lastName, String specialty) {

	/** For example "Dr Gregory House (Internal Medicine)". */
	String display() {
		String name = formalName();
		return (this.specialty == null || this.specialty.isBlank()) ? name : name + " (" + this.specialty + ")";
	}

	/**
	 * For example "Dr Gregory House", without the specialty: beside a prescription, the
	 * specialty would hint at what it treats.
	 */
	String formalName() {
		return "Dr " + (this.firstName + " " + this.lastName).trim();
	}

}
