package org.careflow.doctor.departments;

import java.util.ArrayList;
import java.util.List;

import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;
import org.careflow.platform.identity.ServiceClients;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * HTTP client of patient-service's {@code GET /internal/departments/{id}/members}, called
 * with this service's own token. A read, so retried once; guarded by circuit breaker
 * {@code patient-service}: only patient-service failing (no answer in time, refused
 * connection, 5xx) counts, never its refusal of our call (4xx).
 */
class PatientMembersClient {

	private static final int MAX_ID_LENGTH = 64;

	private final RestClient http;

	PatientMembersClient(RestClient.Builder builder, PatientServiceProperties properties,
			ClientHttpRequestInterceptor serviceToken) {
		this.http = ServiceClients.of(builder, properties.baseUrl(), properties.connectTimeout(),
				properties.readTimeout(), serviceToken);
	}

	/**
	 * The department's patients and admitted patients, the groups that have any.
	 * @throws PatientServiceServerError 5xx
	 * @throws PatientMembersRefusedException any other error (our token, our address)
	 * @throws org.springframework.web.client.ResourceAccessException no answer in time
	 */
	@CircuitBreaker(name = "patient-service")
	@Retry(name = "patient-service")
	public List<MemberGroup> of(String departmentId) {
		JsonNode members = this.http.get()
			.uri("/internal/departments/{departmentId}/members", departmentId)
			.retrieve()
			.onStatus(HttpStatusCode::is5xxServerError, (request, response) -> {
				throw new PatientServiceServerError(response.getStatusCode().value());
			})
			.onStatus(HttpStatusCode::isError, (request, response) -> {
				throw new PatientMembersRefusedException(response.getStatusCode().value());
			})
			.body(JsonNode.class);
		List<MemberGroup> groups = new ArrayList<>();
		addIfAny(groups, "patient", members.path("patientIds"), members.path("patientCount").asLong(0));
		addIfAny(groups, "admittedPatient", members.path("admittedPatientIds"),
				members.path("admittedCount").asLong(0));
		return groups;
	}

	/** patient-service is trusted, but what is relayed to the admin stays bounded. */
	private static void addIfAny(List<MemberGroup> groups, String kind, JsonNode ids, long count) {
		List<String> kept = new ArrayList<>();
		for (JsonNode id : ids) {
			String text = id.asString("");
			if (kept.size() < DepartmentDoctors.MAX_LISTED && !text.isEmpty() && text.length() <= MAX_ID_LENGTH) {
				kept.add(text);
			}
		}
		MemberGroup group = new MemberGroup(kind, kept, Math.max(count, kept.size()));
		if (!group.isEmpty()) {
			groups.add(group);
		}
	}

	/**
	 * patient-service refused the call itself (401, 403, 404): not retried, not counted.
	 */
	static class PatientMembersRefusedException extends RuntimeException {

		PatientMembersRefusedException(int status) {
			super("patient-service refused the department members call with " + status);
		}

	}

}
