package org.careflow.notification.messages;

/**
 * The clinic the emails speak for, from configuration ({@code CLINIC_NAME},
 * {@code CLINIC_ADDRESS}).
 *
 * @param name shown as the sender's signature and where the visit takes place
 * @param address one line, or empty when the clinic did not configure it
 */
public record Clinic(String name, String address) {

	public Clinic {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("The clinic's name (CLINIC_NAME) must not be blank");
		}
		address = (address != null) ? address.strip() : "";
	}

	/** "CareFlow Clinic, 1 Rue de la Paix, Paris", or the name alone. */
	String place() {
		return this.address.isEmpty() ? this.name : this.name + ", " + this.address;
	}

}
