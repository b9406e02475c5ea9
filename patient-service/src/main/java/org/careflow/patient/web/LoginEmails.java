package org.careflow.patient.web;

import java.util.Locale;

import org.careflow.patient.domain.Patient;
import org.careflow.patient.domain.PatientProfiles;
import org.careflow.patient.domain.StaleProfileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Keeps a profile's address that of the patient's login. A patient changes their address
 * on their Keycloak account page, which verifies the new one; the verified address
 * arrives here in their next token ({@code email}, {@code email_verified}). The profile
 * then takes it on, with {@code patient.updated} for the services that email the patient.
 * An address not verified yet changes nothing: emails keep going to the proven one.
 */
@Component
class LoginEmails {

	private static final Logger log = LoggerFactory.getLogger(LoginEmails.class);

	private final PatientProfiles profiles;

	LoginEmails(PatientProfiles profiles) {
		this.profiles = profiles;
	}

	/** The profile as it is once it follows the login's verified address. */
	Patient follow(Patient current, Jwt token) {
		String loginEmail = token.getClaimAsString("email");
		if (!Boolean.TRUE.equals(token.getClaimAsBoolean("email_verified")) || !current.hasOtherEmailThan(loginEmail)) {
			return current;
		}
		try {
			return this.profiles.save(current, current.withEmail(loginEmail.strip().toLowerCase(Locale.ROOT)),
					current.version());
		}
		catch (StaleProfileException ex) {
			// changed at the same moment: this read shows it as stored, the next one
			// follows
			return this.profiles.find(current.id()).orElse(current);
		}
		catch (DuplicateKeyException ex) {
			// Keycloak gives an address to one login only: another profile still holding
			// it
			// changed its login's address and has not been opened since
			log.warn("Profile of patient {} keeps its address: the login's new one is still another profile's",
					current.id());
			return current;
		}
	}

}
