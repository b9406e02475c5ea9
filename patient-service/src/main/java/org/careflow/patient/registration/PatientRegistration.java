package org.careflow.patient.registration;

import org.careflow.patient.domain.Patient;
import org.careflow.patient.domain.PatientDetails;
import org.careflow.patient.domain.PatientRepository;
import org.careflow.platform.identity.AccountAlreadyExistsException;
import org.careflow.platform.identity.AccountRegistration;
import org.careflow.platform.identity.KeycloakAccounts;
import org.careflow.platform.identity.NewAccount;

import org.springframework.stereotype.Service;

/**
 * Registers a patient: a Keycloak login with the {@code patient} role, whose id becomes
 * the patient id, and the profile with its {@code patient.registered} event in one
 * insert. The platform's {@link AccountRegistration} removes the login again if the
 * profile cannot be saved. The email address stays unverified until the patient follows
 * the link in CareFlow's welcome email (notification-service sends it on
 * {@code patient.registered}; {@code verification} answers it); booking needs a verified
 * address.
 */
@Service
public class PatientRegistration {

	static final String ROLE = "patient";

	private final PatientRepository patients;

	private final AccountRegistration accounts;

	private final KeycloakAccounts logins;

	PatientRegistration(PatientRepository patients, AccountRegistration accounts, KeycloakAccounts logins) {
		this.patients = patients;
		this.accounts = accounts;
		this.logins = logins;
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
		// the address is the patient's word only until they follow the welcome email's
		// link
		NewAccount account = new NewAccount(details.email(), password, details.firstName(), details.lastName(), ROLE,
				false);
		try {
			return this.accounts.register(account, (id) -> this.patients.insert(Patient.register(id, details)));
		}
		catch (AccountAlreadyExistsException ex) {
			throw new EmailAlreadyRegisteredException(details.email());
		}
	}

	/**
	 * Sends a verification link again (the welcome email's may be lost or expired). The
	 * fallback is Keycloak's own verification email: re-sending CareFlow's link would
	 * need notification-service to be asked, by an event that does not exist yet.
	 * @throws org.careflow.platform.identity.IdentityProviderUnavailableException if
	 * Keycloak cannot send it
	 */
	public void resendVerification(String patientId) {
		this.logins.sendVerificationEmail(patientId);
	}

}
