package org.careflow.doctor.departments;

import java.util.List;
import java.util.Optional;

import org.careflow.doctor.domain.Doctor;
import org.careflow.doctor.domain.DoctorRepository;
import org.careflow.platform.web.PageParams;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Which doctors belong to a department. A doctor's department is one field of their
 * document, changed by a targeted update so the rest of it (their pending events, which
 * the outbox relay removes concurrently) is never written back stale.
 */
@Component
class DepartmentDoctors {

	/** How many of a department's doctors a refused removal names. */
	static final int MAX_LISTED = 20;

	private final DoctorRepository doctors;

	private final MongoTemplate mongo;

	DepartmentDoctors(DoctorRepository doctors, MongoTemplate mongo) {
		this.doctors = doctors;
		this.mongo = mongo;
	}

	/** The department's doctors in directory order, a window at a time. */
	Window<Doctor> page(String departmentId, PageParams paging) {
		return this.doctors.findByDepartmentId(departmentId, paging.position(), paging.limit(),
				DoctorRepository.DIRECTORY_ORDER);
	}

	/**
	 * @throws DepartmentNotEmptyException if any doctor belongs to the department
	 */
	void requireNone(String departmentId) {
		long count = this.doctors.countByDepartmentId(departmentId);
		if (count > 0) {
			Query some = new Query(Criteria.where(Doctor.DEPARTMENT_ID).is(departmentId)).with(Sort.by("_id"))
				.limit(MAX_LISTED);
			some.fields().include("_id");
			List<String> ids = this.mongo.find(some, Doctor.class).stream().map(Doctor::id).toList();
			throw new DepartmentNotEmptyException(departmentId, ids, count);
		}
	}

	/**
	 * Sets (or, with null, removes) the doctor's department.
	 * @return the doctor as they were before, empty if there is no such doctor
	 */
	Optional<Doctor> set(String doctorId, String departmentId) {
		Update update = (departmentId != null) ? new Update().set(Doctor.DEPARTMENT_ID, departmentId)
				: new Update().unset(Doctor.DEPARTMENT_ID);
		return Optional.ofNullable(this.mongo.findAndModify(byId(doctorId), update,
				FindAndModifyOptions.options().returnNew(false), Doctor.class));
	}

	/**
	 * Puts back the department the doctor had before {@code set}, unless their department
	 * changed again since.
	 */
	void restore(String doctorId, String setDepartmentId, String previousDepartmentId) {
		Query stillSet = new Query(Criteria.where("_id").is(doctorId).and(Doctor.DEPARTMENT_ID).is(setDepartmentId));
		Update back = (previousDepartmentId != null) ? new Update().set(Doctor.DEPARTMENT_ID, previousDepartmentId)
				: new Update().unset(Doctor.DEPARTMENT_ID);
		this.mongo.updateFirst(stillSet, back, Doctor.class);
	}

	Optional<Doctor> find(String doctorId) {
		return this.doctors.findById(doctorId);
	}

	private static Query byId(String id) {
		return new Query(Criteria.where("_id").is(id));
	}

}
