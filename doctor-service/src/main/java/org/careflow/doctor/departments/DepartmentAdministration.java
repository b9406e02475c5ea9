package org.careflow.doctor.departments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.careflow.doctor.domain.Doctor;
import org.careflow.doctor.domain.DoctorChanges;
import org.careflow.doctor.domain.DoctorNotFoundException;

import org.springframework.stereotype.Service;

/**
 * What admins do with departments: add, replace and remove them, and put doctors in them.
 * A department with members (doctors, staff, patients) is not removed; a doctor does not
 * join a department that is not there, not even one removed while they were joining.
 */
@Service
class DepartmentAdministration {

	private final Departments departments;

	private final DepartmentDoctors members;

	private final List<OtherMembers> others;

	DepartmentAdministration(Departments departments, DepartmentDoctors members, List<OtherMembers> others) {
		this.departments = departments;
		this.members = members;
		this.others = others;
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
		requireNoMembers(id);
		if (!this.departments.remove(id)) {
			throw new DepartmentNotFoundException(id);
		}
	}

	/**
	 * Asks every kind of member in turn (its own doctors and staff first, then
	 * patient-service). Members found here are reason enough for a 409 even while
	 * patient-service cannot be asked; without them, its silence is a 503.
	 * @throws DepartmentNotEmptyException naming the members of each kind found
	 * @throws PatientServiceUnavailableException if nobody was found here and
	 * patient-service could not be asked
	 */
	private void requireNoMembers(String id) {
		List<MemberGroup> found = new ArrayList<>();
		this.members.of(id).ifPresent(found::add);
		for (OtherMembers other : this.others) {
			try {
				found.addAll(other.of(id));
			}
			catch (PatientServiceUnavailableException ex) {
				if (found.isEmpty()) {
					throw ex;
				}
			}
		}
		if (!found.isEmpty()) {
			throw new DepartmentNotEmptyException(id, found);
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
