package org.careflow.doctor.domain;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface DoctorRepository extends MongoRepository<Doctor, String> {

	/** The directory order: by last name, then first name. */
	Sort DIRECTORY_ORDER = Sort.by("lastName", "firstName");

	boolean existsByEmail(String email);

	/** Exact match ignoring case ("internal medicine" finds "Internal Medicine"). */
	List<Doctor> findBySpecialtyIgnoreCase(String specialty, Sort sort);

}
