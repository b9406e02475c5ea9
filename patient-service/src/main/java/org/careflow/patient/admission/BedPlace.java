package org.careflow.patient.admission;

/**
 * One bed: the department, the room and the bed's label, as the department names them.
 */
record BedPlace(String departmentId, String room, String bed) {

	/**
	 * The bed's unique key in the store. Labels may hold any plain text (a slash too), so
	 * each part is prefixed by its length: two different beds never share a key.
	 */
	String key() {
		return part(this.departmentId) + part(this.room) + part(this.bed);
	}

	private static String part(String value) {
		return value.length() + ":" + value + ";";
	}

}
