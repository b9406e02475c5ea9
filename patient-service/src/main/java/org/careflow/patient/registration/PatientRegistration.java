package org.careflow.patient.registration;

import org.careflow.patient.domain.Patient;
import org.careflow.patient.domain.PatientDetails;
import org.careflow.patient.domain.PatientRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Registers a patient: first the Keycloak login (its id becomes the patient id), then the
 * profile with its {@code patient.registered} event in one insert. There is no
 * transaction spanning Keycloak and MongoDB, so a failed insert is compensated by
 * deleting the login again; a half-registered patient could neither sign in usefully nor
 * register again.
 */
@Service
public class PatientRegistration {

	private static final Logger log = LoggerFactory.getLogger(PatientRegistration.class);

	private final PatientRepository patients;

	private final PatientAccounts accounts;

	PatientRegistration(PatientRepository patients, PatientAccounts accounts) {
		this.patients = patients;
		this.accounts = accounts;
	}

	/**
	 * @throws EmailAlreadyRegisteredException if a patient (or any login) has the email
	 * @throws org.careflow.platform.identity.IdentityProviderUnavailableException if
	 * Keycloak cannot be used
	 */
	public Patient register(PatientDetails details, String password) {
		if (this.patients.existsByEmail(details.email())) {
			throw new EmailAlreadyRegisteredException(details.email());
		}
		String id = this.accounts.create(details.email(), password, details.firstName(), details.lastName());
		try {
			return this.patients.insert(Patient.register(id, details));
		}
		catch (DuplicateKeyException ex) {
			deleteAccount(id);
			throw new EmailAlreadyRegisteredException(details.email());
		}
		catch (RuntimeException ex) {
			deleteAccount(id);
			throw ex;
		}
	}

	private void deleteAccount(String id) {
		try {
			this.accounts.delete(id);
		}
		catch (RuntimeException ex) {
			// Left for an operator: the login exists without a profile.
			log.error("Could not remove Keycloak account {} after its profile failed to save", id, ex);
		}
	}

}
