package org.careflow.doctor.staff;

import java.time.Instant;

import org.careflow.doctor.domain.DoctorChanges;
import org.careflow.doctor.domain.DoctorNotFoundException;
import org.careflow.platform.identity.AccountNotFoundException;
import org.careflow.platform.identity.KeycloakAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Deactivates a staff member: their login is disabled (they can no longer sign in) and
 * their record marked inactive; the record stays. A doctor is first retired at the
 * scheduling service, and nothing here changes unless it said yes; then their public
 * profile is marked inactive, which publishes {@code doctor.updated} with
 * {@code active: false} (so scheduling and notification keep their copies). Repeating a
 * deactivation is harmless: every step is idempotent, so after a 503 the admin simply
 * tries again.
 */
@Service
class StaffDeactivation {

	private static final Logger log = LoggerFactory.getLogger(StaffDeactivation.class);

	private final StaffStore staff;

	private final DoctorRetirement retirement;

	private final KeycloakAccounts accounts;

	private final DoctorChanges doctors;

	StaffDeactivation(StaffStore staff, DoctorRetirement retirement, KeycloakAccounts accounts, DoctorChanges doctors) {
		this.staff = staff;
		this.retirement = retirement;
		this.accounts = accounts;
		this.doctors = doctors;
	}

	/**
	 * @param force for a doctor: withdraw their bookings ahead (scheduling tells the
	 * patients) rather than refuse
	 * @throws StaffNotFoundException if there is no such staff member
	 * @throws BookingsAheadException a doctor with bookings ahead, not forced
	 * @throws TooManyBookingsException a doctor with too many to withdraw at once
	 * @throws SchedulingUnavailableException scheduling gave no answer; nothing changed
	 * @throws org.careflow.platform.identity.IdentityProviderUnavailableException if
	 * Keycloak cannot disable the login; the record stays active
	 */
	void deactivate(String id, boolean force) {
		StaffMember member = this.staff.find(id).orElseThrow(() -> new StaffNotFoundException(id));
		if (member.role() == StaffRole.DOCTOR) {
			this.retirement.retire(id, force);
		}
		try {
			this.accounts.disable(id);
		}
		catch (AccountNotFoundException ex) {
			// nobody can sign in with a login that is gone: the record still says so
			log.warn("Staff member {} has no Keycloak login any more; marking the record inactive", id);
		}
		if (member.role() == StaffRole.DOCTOR) {
			try {
				this.doctors.deactivate(id);
			}
			catch (DoctorNotFoundException ex) {
				// a doctor whose profile was never made (its creation undone) has none to
				// mark
				log.warn("Staff doctor {} has no doctor profile to mark inactive", id);
			}
		}
		this.staff.markInactive(id, Instant.now());
	}

}
