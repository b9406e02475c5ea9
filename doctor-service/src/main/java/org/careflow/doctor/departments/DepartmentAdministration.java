package org.careflow.doctor.departments;

import java.time.Instant;
import java.util.UUID;

import org.careflow.doctor.domain.Doctor;
import org.careflow.doctor.domain.DoctorChanges;
import org.careflow.doctor.domain.DoctorNotFoundException;

import org.springframework.stereotype.Service;

/**
 * What admins do with departments: add, replace and remove them, and put doctors in them.
 * A department with doctors is not removed; a doctor does not join a department that is
 * not there, not even one removed while they were joining.
 */
@Service
class DepartmentAdministration {

	private final Departments departments;

	private final DepartmentDoctors members;

	DepartmentAdministration(Departments departments, DepartmentDoctors members) {
		this.departments = departments;
		this.members = members;
	}

	Department find(String id) {
		return this.departments.find(id).orElseThrow(() -> new DepartmentNotFoundException(id));
	}

	Department create(DepartmentContent content) {
		Department department = Department.create(UUID.randomUUID().toString(), content, Instant.now());
		this.departments.insert(department);
		return department;
	}

	Department replace(String id, long readVersion, DepartmentContent content) {
		Department next = find(id).replace(readVersion, content, Instant.now());
		this.departments.replace(next, readVersion);
		return next;
	}

	void remove(String id) {
		if (!this.departments.exists(id)) {
			throw new DepartmentNotFoundException(id);
		}
		this.members.requireNone(id);
		if (!this.departments.remove(id)) {
			throw new DepartmentNotFoundException(id);
		}
	}

	/**
	 * Puts the doctor in the department, or with null in none; a change of department
	 * publishes {@code doctor.updated} in the same write.
	 * @return the doctor as they are now
	 */
	Doctor assign(String doctorId, String departmentId) {
		if (departmentId != null && !this.departments.exists(departmentId)) {
			this.members.find(doctorId).orElseThrow(() -> new DoctorNotFoundException(doctorId));
			throw new UnknownDepartmentException(departmentId);
		}
		DoctorChanges.Changed changed = this.members.set(doctorId, departmentId);
		if (departmentId != null && !this.departments.exists(departmentId)) {
			// removed between the check and the write, after its removal found it empty
			this.members.restore(doctorId, departmentId, changed.before().departmentId());
			throw new UnknownDepartmentException(departmentId);
		}
		return changed.after();
	}

}
