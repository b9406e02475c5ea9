package org.careflow.scheduling.availability;

/**
 * The booking rules a slot can break, by the code a 422 problem names in its {@code rule}
 * property (the appointment service passes it on to the patient).
 */
public enum Rule {

	/** No slot of the doctor's hours (weekly or of a date override) starts there. */
	OUTSIDE_HOURS("outside-hours"),

	/** The doctor blocked that time (leave, training, holiday, ...). */
	UNAVAILABLE("unavailable"),

	/** Too soon: the slot starts within the doctor's minimum notice (or has begun). */
	MIN_NOTICE("min-notice"),

	/** Too far: the slot starts after the doctor's maximum days ahead. */
	MAX_DAYS_AHEAD("max-days-ahead"),

	/** Too close to another visit of the doctor, within their buffer. */
	BUFFER("buffer"),

	/** The patient already holds as many slots as one may at once. */
	HOLD_LIMIT("hold-limit");

	private final String code;

	Rule(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
