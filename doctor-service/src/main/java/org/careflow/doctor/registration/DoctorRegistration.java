package org.careflow.doctor.registration;

import java.time.Duration;

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

	/**
	 * Adds a doctor whose login has no password: Keycloak emails them a link to choose
	 * one, valid for {@code linkLifespan} (staff accounts; an admin never learns a
	 * colleague's password). {@code alongside} is what the caller keeps under the same id
	 * (the staff record): it is stored before the profile and removed again if the
	 * profile fails, and the login is deleted then too, so all three exist or none does.
	 * @param departmentId the doctor's department, which the caller checked exists
	 * @throws EmailAlreadyRegisteredException if a doctor (or any login) has the email
	 * @throws org.careflow.platform.identity.IdentityProviderUnavailableException if
	 * Keycloak cannot be used or cannot send the email
	 */
	public Doctor invite(DoctorDetails details, String departmentId, Duration linkLifespan, AlongsideRecord alongside) {
		if (this.doctors.existsByEmail(details.email())) {
			throw new EmailAlreadyRegisteredException(details.email());
		}
		NewAccount account = new NewAccount(details.email(), null, details.firstName(), details.lastName(), ROLE, true);
		try {
			return this.accounts.registerInvited(account, linkLifespan, (id) -> {
				alongside.insert(id);
				try {
					return this.doctors.insert(Doctor.register(id, details).inDepartment(departmentId));
				}
				catch (RuntimeException ex) {
					try {
						alongside.remove(id);
					}
					catch (RuntimeException cleanup) {
						ex.addSuppressed(cleanup);
					}
					throw ex;
				}
			});
		}
		catch (AccountAlreadyExistsException ex) {
			throw new EmailAlreadyRegisteredException(details.email());
		}
	}

	/** A record another feature keeps under the doctor's id, created with the doctor. */
	public interface AlongsideRecord {

		void insert(String doctorId);

		/** Undoes {@link #insert}; the profile could not be stored. */
		void remove(String doctorId);

	}

}
