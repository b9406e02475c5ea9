package org.careflow.doctor.departments;

/** A department as the list shows it: its rooms only come with the department itself. */
record DepartmentSummary(String id, String name, String description, String location, long version) {

	static DepartmentSummary of(DepartmentDocument document) {
		return new DepartmentSummary(document.id(), document.name(), document.description(), document.location(),
				document.version());
	}

}
