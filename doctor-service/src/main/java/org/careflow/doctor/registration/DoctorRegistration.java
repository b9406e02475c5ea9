package org.careflow.doctor.registration;

import org.careflow.doctor.domain.Doctor;
import org.careflow.doctor.domain.DoctorDetails;
import org.careflow.doctor.domain.DoctorRepository;
import org.careflow.platform.identity.AccountAlreadyExistsException;
import org.careflow.platform.identity.AccountRegistration;
import org.careflow.platform.identity.NewAccount;

import org.springframework.stereotype.Service;

/**
 * Adds a doctor: a Keycloak login with the {@code doctor} role, whose id becomes the
 * doctor id, and the profile with its {@code doctor.registered} event in one insert. The
 * platform's {@link AccountRegistration} removes the login again if the profile cannot be
 * saved; a login without a profile would be a doctor nobody can book.
 */
@Service
public class DoctorRegistration {

	static final String ROLE = "doctor";

	private final DoctorRepository doctors;

	private final AccountRegistration accounts;

	DoctorRegistration(DoctorRepository doctors, AccountRegistration accounts) {
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
		// an admin vouches for a colleague's address
		NewAccount account = new NewAccount(details.email(), password, details.firstName(), details.lastName(), ROLE,
				true);
		try {
			return this.accounts.register(account, (id) -> this.doctors.insert(Doctor.register(id, details)));
		}
		catch (AccountAlreadyExistsException ex) {
			throw new EmailAlreadyRegisteredException(details.email());
		}
	}

}
