package org.careflow.doctor.config;

import java.util.Map;

import org.careflow.doctor.domain.Doctor;
import org.careflow.doctor.domain.DoctorDetails;
import org.careflow.doctor.domain.DoctorRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The demo doctors of the realm file (careflow.demo-data=true). Their Keycloak logins are
 * imported with the realm, so only the profiles are created here, each with its
 * {@code doctor.registered} event like any other new doctor.
 */
@Component
@ConditionalOnBooleanProperty("careflow.demo-data")
class DemoDoctors implements ApplicationRunner {

	static final Map<String, DoctorDetails> DOCTORS = Map.of("00000000-0000-4000-8000-000000000002",
			new DoctorDetails("doctor@careflow.local", "Gregory", "House", "Internal Medicine"),
			"00000000-0000-4000-8000-000000000003",
			new DoctorDetails("doctor2@careflow.local", "Meredith", "Grey", "General Surgery"));

	private static final Logger log = LoggerFactory.getLogger(DemoDoctors.class);

	private final DoctorRepository doctors;

	DemoDoctors(DoctorRepository doctors) {
		this.doctors = doctors;
	}

	@Override
	public void run(ApplicationArguments args) {
		DOCTORS.forEach(this::insertIfAbsent);
	}

	private void insertIfAbsent(String id, DoctorDetails details) {
		try {
			this.doctors.insert(Doctor.register(id, details));
			log.info("Demo doctor {} inserted", details.email());
		}
		catch (DuplicateKeyException ex) {
			// already there: inserted on an earlier start, or by another replica
		}
	}

}
