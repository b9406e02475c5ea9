package org.careflow.doctor.staff;

/** New staff members that break no rule, to vary one field at a time. */
final class StaffTestData {

	private StaffTestData() {
	}

	static StaffRequest nurse() {
		return new StaffRequest("nurse", "N.Nightingale@Example.org", "Florence", "Nightingale", "dep-1", null, null);
	}

	static StaffRequest pharmacist() {
		return new StaffRequest("pharmacist", "p.curie@example.org", "Pierre", "Curie", "dep-1", "PH-2024/17", null);
	}

	static StaffRequest doctor() {
		return new StaffRequest("doctor", "j.watson@example.org", "John", "Watson", "dep-1", "GMC-1234567",
				"General Practice");
	}

	static StaffRequest with(StaffRequest request, String field, String value) {
		return new StaffRequest(field.equals("role") ? value : request.role(),
				field.equals("email") ? value : request.email(),
				field.equals("firstName") ? value : request.firstName(),
				field.equals("lastName") ? value : request.lastName(),
				field.equals("departmentId") ? value : request.departmentId(),
				field.equals("licenseNumber") ? value : request.licenseNumber(),
				field.equals("specialty") ? value : request.specialty());
	}

}
