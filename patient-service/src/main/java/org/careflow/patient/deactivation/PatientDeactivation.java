package org.careflow.patient.deactivation;

import java.time.Clock;
import java.time.Instant;

import org.careflow.patient.domain.PatientNotFoundException;
import org.careflow.platform.audit.AuditOutcome;
import org.careflow.platform.audit.AuditTrail;
import org.careflow.platform.identity.AccountNotFoundException;
import org.careflow.platform.identity.KeycloakAccounts;
import org.careflow.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * An admin deactivates a patient: first their login is disabled (so nothing is marked
 * while Keycloak cannot be told), then the profile is marked deactivated, kept until the
 * retention period ends, with {@code patient.deactivated} in the same write. Deactivating
 * twice changes nothing the second time.
 */
@Service
class PatientDeactivation {

	private static final Logger log = LoggerFactory.getLogger(PatientDeactivation.class);

	private final DeactivationStore store;

	private final KeycloakAccounts accounts;

	private final AuditTrail audit;

	private final RetentionProperties retention;

	private final Clock clock;

	PatientDeactivation(DeactivationStore store, KeycloakAccounts accounts, AuditTrail audit,
			RetentionProperties retention, Clock clock) {
		this.store = store;
		this.accounts = accounts;
		this.audit = audit;
		this.retention = retention;
		this.clock = clock;
	}

	/**
	 * @throws PatientNotFoundException if there is no such patient
	 * @throws org.careflow.platform.identity.IdentityProviderUnavailableException if the
	 * login could not be disabled (nothing changed)
	 */
	void deactivate(Caller admin, String id) {
		PatientState state = this.store.find(id).orElseThrow(() -> new PatientNotFoundException(id));
		if (state.isActive()) {
			try {
				this.accounts.disable(id);
			}
			catch (AccountNotFoundException ex) {
				// a profile without a login (removed by hand in Keycloak) has nothing to
				// disable
				log.warn("Patient {} has no login to disable", id);
			}
			Instant now = this.clock.instant();
			this.store.markDeactivated(id, now, now.plus(this.retention.retention()));
		}
		this.audit.record(admin, "deactivate", "patient", id, id, AuditOutcome.SUCCESS);
	}

}
