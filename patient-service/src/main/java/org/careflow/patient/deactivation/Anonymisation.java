package org.careflow.patient.deactivation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.careflow.platform.identity.IdentityProviderUnavailableException;
import org.careflow.platform.identity.KeycloakAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, the profiles of patients deactivated longer ago than the retention period
 * lose their personal fields, and their (disabled) logins are deleted so that Keycloak
 * forgets the email address too. The chart stays, linked to the patient id only.
 * <p>
 * Reads only the profiles due, a batch at a time (the {@code retainUntil} index), so a
 * night with nothing due costs one indexed query whatever the number of patients. A login
 * Keycloak cannot delete now leaves its profile for the next night: nothing is anonymised
 * half. Two replicas running at once anonymise each profile once (a conditional write).
 */
@Component
class Anonymisation {

	private static final Logger log = LoggerFactory.getLogger(Anonymisation.class);

	static final int BATCH = 100;

	private final DeactivationStore store;

	private final KeycloakAccounts accounts;

	private final Clock clock;

	Anonymisation(DeactivationStore store, KeycloakAccounts accounts, Clock clock) {
		this.store = store;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Scheduled(cron = "${careflow.patients.anonymisation-cron:0 17 3 * * *}")
	void nightly() {
		int anonymised = anonymiseDue(this.clock.instant());
		if (anonymised > 0) {
			log.info("Anonymised {} patient profiles whose retention period ended", anonymised);
		}
	}

	/**
	 * @return how many profiles were anonymised now
	 */
	int anonymiseDue(Instant now) {
		int anonymised = 0;
		while (true) {
			List<String> due = this.store.dueForAnonymisation(now, BATCH);
			int doneNow = 0;
			for (String id : due) {
				if (forgetLogin(id) && this.store.anonymise(id, now)) {
					doneNow++;
				}
			}
			anonymised += doneNow;
			if (due.size() < BATCH || doneNow == 0) {
				return anonymised;
			}
		}
	}

	private boolean forgetLogin(String id) {
		try {
			this.accounts.delete(id);
			return true;
		}
		catch (IdentityProviderUnavailableException ex) {
			log.warn("Login of patient {} not deleted, its profile waits for the next run: {}", id, ex.getMessage());
			return false;
		}
	}

}
