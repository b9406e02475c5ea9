package org.careflow.doctor.registration;

import org.careflow.doctor.domain.Doctor;
import org.careflow.doctor.domain.DoctorDetails;
import org.careflow.doctor.domain.DoctorRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Adds a doctor: first the Keycloak login (its id becomes the doctor id), then the
 * profile with its {@code doctor.registered} event in one insert. There is no transaction
 * spanning Keycloak and MongoDB, so a failed insert is compensated by deleting the login
 * again; a login without a profile would be a doctor nobody can book.
 */
@Service
public class DoctorRegistration {

	private static final Logger log = LoggerFactory.getLogger(DoctorRegistration.class);

	private final DoctorRepository doctors;

	private final DoctorAccounts accounts;

	DoctorRegistration(DoctorRepository doctors, DoctorAccounts accounts) {
		this.doctors = doctors;
		this.accounts = accounts;
	}

	/**
	 * @throws EmailAlreadyRegisteredException if a doctor (or any login) has the email
	 * @throws org.careflow.platform.identity.IdentityProviderUnavailableException if
	 * Keycloak cannot be used
	 */
	public Doctor register(DoctorDetails details, String password) {
		if (this.doctors.existsByEmail(details.email())) {
			throw new EmailAlreadyRegisteredException(details.email());
		}
		String id = this.accounts.create(details.email(), password, details.firstName(), details.lastName());
		try {
			return this.doctors.insert(Doctor.register(id, details));
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
