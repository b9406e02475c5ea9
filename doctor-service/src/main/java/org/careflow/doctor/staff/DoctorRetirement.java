package org.careflow.doctor.staff;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.careflow.platform.identity.ServiceTokenUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.client.RestClientException;

/**
 * Asks the scheduling service to retire a doctor before their login is disabled: as for
 * any change of a doctor's schedule, bookings ahead are refused unless forced, and then
 * cancelled with notice to the patients (by scheduling). Its answers about the doctor
 * reach the admin as they are; any failure to get an answer is one
 * {@link SchedulingUnavailableException}, so nothing is changed here without scheduling's
 * yes.
 */
class DoctorRetirement {

	private static final Logger log = LoggerFactory.getLogger(DoctorRetirement.class);

	private final RetirementClient client;

	DoctorRetirement(RetirementClient client) {
		this.client = client;
	}

	/**
	 * @throws BookingsAheadException if bookings are ahead and {@code force} is false
	 * @throws TooManyBookingsException if forced over more than scheduling withdraws
	 * @throws SchedulingUnavailableException if scheduling gave no usable answer
	 */
	void retire(String doctorId, boolean force) {
		try {
			this.client.retire(doctorId, force);
		}
		catch (CallNotPermittedException ex) {
			throw new SchedulingUnavailableException(
					"The scheduling service is failing; deactivating doctors is paused for a few seconds.", ex);
		}
		catch (ServiceTokenUnavailableException ex) {
			throw new SchedulingUnavailableException("Our sign-in service cannot be reached to ask scheduling.", ex);
		}
		catch (RetirementClient.SchedulingRefusedException ex) {
			// our client or its roles are not set up right: an operator must act
			log.error("{}: check KEYCLOAK_CLIENT_ID, that its service account has the realm role 'service', "
					+ "and SCHEDULING_SERVICE_URL", ex.getMessage());
			throw new SchedulingUnavailableException("The scheduling service did not accept our request.", ex);
		}
		catch (RestClientException | SchedulingServerError ex) {
			throw new SchedulingUnavailableException("The scheduling service did not confirm the retirement.", ex);
		}
	}

}
