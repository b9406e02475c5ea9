package org.careflow.patient.admission;

/** 422 naming the field: well-formed, but no such department, room or bed in the copy. */
class UnknownPlaceException extends RuntimeException {

	private final String field;

	UnknownPlaceException(String field, String message) {
		super(message);
		this.field = field;
	}

	String field() {
		return this.field;
	}

}
