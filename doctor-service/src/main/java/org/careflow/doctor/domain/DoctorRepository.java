package org.careflow.doctor.domain;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface DoctorRepository extends MongoRepository<Doctor, String> {

	/** The directory order: by last name, then first name. */
	Sort DIRECTORY_ORDER = Sort.by("lastName", "firstName");

	boolean existsByEmail(String email);

	/** Exact match ignoring case ("internal medicine" finds "Internal Medicine"). */
	Window<Doctor> findBySpecialtyIgnoreCase(String specialty, ScrollPosition position, Limit limit, Sort sort);

	/** The doctors of one department, a window at a time. */
	Window<Doctor> findByDepartmentId(String departmentId, ScrollPosition position, Limit limit, Sort sort);

	long countByDepartmentId(String departmentId);

	/** Everyone, a window at a time. */
	Window<Doctor> findBy(ScrollPosition position, Limit limit, Sort sort);

}
