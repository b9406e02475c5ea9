package org.careflow.doctor.departments;

import java.util.List;
import java.util.Optional;

import org.careflow.doctor.domain.Doctor;
import org.careflow.doctor.domain.DoctorChanges;
import org.careflow.doctor.domain.DoctorNotFoundException;
import org.careflow.doctor.domain.DoctorRepository;
import org.careflow.platform.web.PageParams;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Which doctors belong to a department. A doctor's department is changed through
 * {@link DoctorChanges}, which writes only the fields a change touches (never the pending
 * events, which the outbox relay removes concurrently) together with the
 * {@code doctor.updated} event.
 */
@Component
class DepartmentDoctors {

	/** How many of a department's doctors a refused removal names. */
	static final int MAX_LISTED = 20;

	private final DoctorRepository doctors;

	private final MongoTemplate mongo;

	private final DoctorChanges changes;

	DepartmentDoctors(DoctorRepository doctors, MongoTemplate mongo, DoctorChanges changes) {
		this.doctors = doctors;
		this.mongo = mongo;
		this.changes = changes;
	}

	/** The department's doctors in directory order, a window at a time. */
	Window<Doctor> page(String departmentId, PageParams paging) {
		return this.doctors.findByDepartmentId(departmentId, paging.position(), paging.limit(),
				DoctorRepository.DIRECTORY_ORDER);
	}

	/** The department's doctors (some, and how many), if it has any. */
	Optional<MemberGroup> of(String departmentId) {
		long count = this.doctors.countByDepartmentId(departmentId);
		if (count == 0) {
			return Optional.empty();
		}
		Query some = new Query(Criteria.where(Doctor.DEPARTMENT_ID).is(departmentId)).with(Sort.by("_id"))
			.limit(MAX_LISTED);
		some.fields().include("_id");
		List<String> ids = this.mongo.find(some, Doctor.class).stream().map(Doctor::id).toList();
		return Optional.of(new MemberGroup("doctor", ids, count));
	}

	/**
	 * Sets (or, with null, removes) the doctor's department.
	 * @throws DoctorNotFoundException if there is no such doctor
	 */
	DoctorChanges.Changed set(String doctorId, String departmentId) {
		return this.changes.change(doctorId, (doctor) -> doctor.withDepartment(departmentId));
	}

	/**
	 * Puts back the department the doctor had before {@code set}, unless their department
	 * changed again since (a doctor gone meanwhile is left gone).
	 */
	void restore(String doctorId, String setDepartmentId, String previousDepartmentId) {
		try {
			this.changes.change(doctorId, (doctor) -> setDepartmentId.equals(doctor.departmentId())
					? doctor.withDepartment(previousDepartmentId) : doctor);
		}
		catch (DoctorNotFoundException gone) {
			// nothing to put back
		}
	}

	Optional<Doctor> find(String doctorId) {
		return this.doctors.findById(doctorId);
	}

}
