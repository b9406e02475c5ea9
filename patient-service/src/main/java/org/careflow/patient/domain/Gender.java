package org.careflow.patient.domain;

import java.util.Arrays;
import java.util.Optional;

/** Administrative gender, with FHIR's codes ({@code male|female|other|unknown}). */
public enum Gender {

	MALE("male"), FEMALE("female"), OTHER("other"), UNKNOWN("unknown");

	private final String code;

	Gender(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	/** The gender with this FHIR code (exactly as FHIR spells it, lower case). */
	public static Optional<Gender> fromCode(String code) {
		return Arrays.stream(values()).filter((gender) -> gender.code.equals(code)).findFirst();
	}

}
