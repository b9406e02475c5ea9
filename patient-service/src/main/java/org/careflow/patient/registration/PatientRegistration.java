package org.careflow.patient.registration;

import org.careflow.patient.domain.Patient;
import org.careflow.patient.domain.PatientDetails;
import org.careflow.patient.domain.PatientRepository;
import org.careflow.platform.identity.AccountAlreadyExistsException;
import org.careflow.platform.identity.AccountRegistration;
import org.careflow.platform.identity.NewAccount;

import org.springframework.stereotype.Service;

/**
 * Registers a patient: a Keycloak login with the {@code patient} role, whose id becomes
 * the patient id, and the profile with its {@code patient.registered} event in one
 * insert. The platform's {@link AccountRegistration} removes the login again if the
 * profile cannot be saved.
 */
@Service
public class PatientRegistration {

	static final String ROLE = "patient";

	private final PatientRepository patients;

	private final AccountRegistration accounts;

	PatientRegistration(PatientRepository patients, AccountRegistration accounts) {
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
		NewAccount account = new NewAccount(details.email(), password, details.firstName(), details.lastName(), ROLE);
		try {
			return this.accounts.register(account, (id) -> this.patients.insert(Patient.register(id, details)));
		}
		catch (AccountAlreadyExistsException ex) {
			throw new EmailAlreadyRegisteredException(details.email());
		}
	}

}
