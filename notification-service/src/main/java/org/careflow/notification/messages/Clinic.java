package org.careflow.notification.messages;

import org.careflow.platform.validation.IanaTimeZone;

/**
 * The clinic the emails speak for, from configuration ({@code CLINIC_NAME},
 * {@code CLINIC_ADDRESS}, {@code CLINIC_WHAT_TO_BRING}, {@code CLINIC_TIME_ZONE}).
 *
 * @param name the emails' signature and footer, and where the visit takes place
 * @param address one line, or empty when the clinic did not configure it
 * @param whatToBring what a patient brings to a visit, in the booking confirmation and
 * the reminder; blank means {@link #DEFAULT_WHAT_TO_BRING}
 * @param timeZone the IANA zone the clinic's clock shows, for times that belong to no
 * doctor's calendar (a prescription's validity) when the patient named no zone of their
 * own; blank means {@link #DEFAULT_TIME_ZONE}
 */
public record Clinic(String name, String address, String whatToBring, String timeZone) {

	/** What the emails showed before a clinic could name its zone. */
	public static final String DEFAULT_TIME_ZONE = "UTC";

	public static final String DEFAULT_WHAT_TO_BRING = "your identity card and health insurance card, a list of the "
			+ "medicines you take, and any letters or results from other doctors";

	/** Longer would bury the rest of the email. */
	static final int MAX_WHAT_TO_BRING = 1000;

	public Clinic {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("The clinic's name (CLINIC_NAME) must not be blank");
		}
		address = (address != null) ? address.strip() : "";
		whatToBring = (whatToBring == null || whatToBring.isBlank()) ? DEFAULT_WHAT_TO_BRING : whatToBring.strip();
		if (whatToBring.length() > MAX_WHAT_TO_BRING) {
			throw new IllegalArgumentException("What to bring (CLINIC_WHAT_TO_BRING, careflow.clinic.what-to-bring) "
					+ "must be at most " + MAX_WHAT_TO_BRING + " characters, not " + whatToBring.length());
		}
		timeZone = (timeZone == null || timeZone.isBlank()) ? DEFAULT_TIME_ZONE : timeZone.strip();
		if (!IanaTimeZone.Validator.isKnown(timeZone)) {
			throw new IllegalArgumentException("The clinic's time zone (CLINIC_TIME_ZONE, careflow.clinic.time-zone) "
					+ "must be an IANA time zone such as Europe/Paris, not '" + timeZone + "'");
		}
	}

	/** A clinic on UTC. */
	public Clinic(String name, String address, String whatToBring) {
		this(name, address, whatToBring, null);
	}

	/** A clinic that tells patients to bring the usual. */
	public Clinic(String name, String address) {
		this(name, address, null);
	}

}
