package org.careflow.patient.config;

import java.time.LocalDate;

import org.careflow.patient.domain.Patient;
import org.careflow.patient.domain.PatientDetails;
import org.careflow.patient.domain.PatientRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The demo patient of the realm file (careflow.demo-data=true). Its Keycloak login is
 * imported with the realm, so only the profile is created here, with its
 * {@code patient.registered} event like any other registration.
 */
@Component
@ConditionalOnBooleanProperty("careflow.demo-data")
class DemoPatient implements ApplicationRunner {

	static final String ID = "00000000-0000-4000-8000-000000000006";

	private static final Logger log = LoggerFactory.getLogger(DemoPatient.class);

	private final PatientRepository patients;

	DemoPatient(PatientRepository patients) {
		this.patients = patients;
	}

	@Override
	public void run(ApplicationArguments args) {
		PatientDetails jane = new PatientDetails("patient@careflow.local", "Jane", "Doe", LocalDate.of(1990, 4, 12),
				"+15550100");
		try {
			this.patients.insert(Patient.register(ID, jane));
			log.info("Demo patient {} inserted", jane.email());
		}
		catch (DuplicateKeyException ex) {
			// already there: inserted on an earlier start, or by another replica
		}
	}

}
