package org.careflow.doctor.departments;

import java.util.List;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.careflow.platform.identity.ServiceTokenUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.client.RestClientException;

/**
 * The department's patients, as patient-service tells them; any failure to get an answer
 * is one {@link PatientServiceUnavailableException}, so no department is removed without
 * patient-service's word that nobody lies in or belongs to it.
 */
class PatientsOfDepartment implements OtherMembers {

	private static final Logger log = LoggerFactory.getLogger(PatientsOfDepartment.class);

	private final PatientMembersClient client;

	PatientsOfDepartment(PatientMembersClient client) {
		this.client = client;
	}

	@Override
	public List<MemberGroup> of(String departmentId) {
		try {
			return this.client.of(departmentId);
		}
		catch (CallNotPermittedException ex) {
			throw new PatientServiceUnavailableException(
					"The patient service is failing; removing departments is paused for a few seconds.", ex);
		}
		catch (ServiceTokenUnavailableException ex) {
			throw new PatientServiceUnavailableException("Our sign-in service cannot be reached to ask patients.", ex);
		}
		catch (PatientMembersClient.PatientMembersRefusedException ex) {
			log.error("{}: check KEYCLOAK_CLIENT_ID, that its service account has the realm role 'service', "
					+ "and PATIENT_SERVICE_URL", ex.getMessage());
			throw new PatientServiceUnavailableException("The patient service did not accept our request.", ex);
		}
		catch (RestClientException | PatientServiceServerError ex) {
			throw new PatientServiceUnavailableException("The patient service could not say who is in it.", ex);
		}
	}

}
