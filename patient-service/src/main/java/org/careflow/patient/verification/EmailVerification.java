package org.careflow.patient.verification;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.careflow.patient.domain.Patient;
import org.careflow.patient.domain.PatientRepository;
import org.careflow.platform.audit.AuditOutcome;
import org.careflow.platform.audit.AuditTrail;
import org.careflow.platform.identity.AccountNotFoundException;
import org.careflow.platform.identity.IdentityProviderUnavailableException;
import org.careflow.platform.identity.KeycloakAccounts;
import org.careflow.platform.links.ActionLink;
import org.careflow.platform.links.LinkAction;
import org.careflow.platform.links.LinkCheck;
import org.careflow.platform.links.LinkPage;
import org.careflow.platform.links.LinkSigner;
import org.careflow.platform.security.Caller;

import org.springframework.stereotype.Service;

/**
 * What the welcome email's link shows and does. The link is good for the patient it names
 * and the address it went to, as the patient has it now: a link to an address changed
 * since verifies nothing.
 * <p>
 * Used once in effect, without a record of used links: confirming is idempotent, so a
 * second press finds the address verified already and says so (200, nothing changed).
 * Nothing else can be done with the link.
 */
@Service
class EmailVerification {

	/** What is down when Keycloak or the patients' store is, as a page says it. */
	static final String WHAT = "Confirming email addresses";

	private static final String YOUR_ADDRESS = "Your email address";

	/** How long the link works is notification-service's setting: not named here. */
	private static final String EXPIRED = "Links to confirm your email address work for a few days only. Sign in "
			+ "to CareFlow to ask for a new one.";

	private final LinkSigner signer;

	private final PatientRepository patients;

	private final KeycloakAccounts accounts;

	private final AuditTrail audit;

	EmailVerification(LinkSigner signer, PatientRepository patients, KeycloakAccounts accounts, AuditTrail audit) {
		this.signer = signer;
		this.patients = patients;
		this.accounts = accounts;
		this.audit = audit;
	}

	/** The page the link opens: one button; showing changes nothing, asks no Keycloak. */
	LinkPage show(String token) {
		return checked(token, (patient) -> LinkPage.confirm("Confirm your email address",
				"Press the button to confirm that this is your email address for CareFlow. You need a confirmed "
						+ "address to book appointments.",
				LinkPage.Button.confirm("Confirm my email address")));
	}

	/** Marks the patient's Keycloak account's address verified, once in effect. */
	LinkPage confirm(String token) {
		return checked(token, this::markVerified);
	}

	private LinkPage checked(String token, Function<Patient, LinkPage> action) {
		return switch (this.signer.check(token)) {
			case LinkCheck.Invalid invalid -> LinkPage.invalid();
			case LinkCheck.Expired expired -> LinkPage.expired(EXPIRED);
			case LinkCheck.Valid valid when !isVerifyEmail(valid.link()) -> LinkPage.invalid();
			case LinkCheck.Valid valid ->
				patientAsEmailed(valid.link()).map(action).orElseGet(() -> LinkPage.superseded(YOUR_ADDRESS));
		};
	}

	/**
	 * The patient the link names, if they still have the address it went to; empty if not
	 * (the patient is gone, or changed their address since the email).
	 */
	private Optional<Patient> patientAsEmailed(ActionLink link) {
		return this.patients.findById(link.subjectId())
			.filter((patient) -> ActionLink.boundToAddress(patient.email()).equals(link.boundTo()));
	}

	private LinkPage markVerified(Patient patient) {
		boolean verifiedNow;
		try {
			verifiedNow = this.accounts.markEmailVerified(patient.id());
		}
		catch (AccountNotFoundException ex) {
			return LinkPage.superseded(YOUR_ADDRESS);
		}
		catch (IdentityProviderUnavailableException | CallNotPermittedException ex) {
			return LinkPage.unavailable(WHAT);
		}
		if (!verifiedNow) {
			return LinkPage.done("Your email address is already confirmed",
					"Nothing more to do: you can sign in to CareFlow and book appointments.");
		}
		// the holder of the link acts as the patient it went to
		this.audit.record(new Caller(patient.id(), Set.of("patient")), "verify-email", "patient", patient.id(),
				patient.id(), AuditOutcome.SUCCESS);
		return LinkPage.done("Your email address is confirmed",
				"Thank you. Sign in to CareFlow again, and you can book appointments.");
	}

	/** A verify-email link names the patient both as its subject and as who acts. */
	private static boolean isVerifyEmail(ActionLink link) {
		return link.action() == LinkAction.VERIFY_EMAIL && link.subjectId().equals(link.patientId());
	}

}
