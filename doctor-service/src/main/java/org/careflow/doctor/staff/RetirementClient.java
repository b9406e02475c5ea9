package org.careflow.doctor.staff;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;
import org.careflow.doctor.staff.BookingsAheadException.BookingAhead;
import org.careflow.platform.identity.ServiceClients;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;

/**
 * HTTP client of the scheduling service's {@code POST
 * /internal/doctors/{doctorId}/retirement?force=}, called with this service's own token
 * (the interceptor). Retried (retiring a doctor twice is retiring them once) and guarded
 * by circuit breaker {@code scheduling} ({@code resilience4j.*.instances.scheduling}):
 * only scheduling failing (no answer in time, refused connection, 5xx) counts, never its
 * answer about the doctor (409, 422).
 */
class RetirementClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Scheduling is trusted, but what is relayed to the admin stays bounded. */
	static final int MAX_RELAYED = 100;

	private static final int MAX_ID_LENGTH = 64;

	private final RestClient http;

	RetirementClient(RestClient.Builder builder, SchedulingProperties properties,
			ClientHttpRequestInterceptor serviceToken) {
		this.http = ServiceClients.of(builder, properties.baseUrl(), properties.connectTimeout(),
				properties.readTimeout(), serviceToken);
	}

	/**
	 * Returns once scheduling answered 204: it offers the doctor's slots no more, and (if
	 * forced) their bookings ahead are withdrawn, the patients told.
	 * @throws BookingsAheadException 409: bookings ahead, not forced
	 * @throws TooManyBookingsException 422: forced over more than scheduling withdraws
	 * @throws SchedulingServerError 5xx
	 * @throws SchedulingRefusedException any other error (our token, our client)
	 * @throws org.springframework.web.client.ResourceAccessException no answer in time
	 */
	@CircuitBreaker(name = "scheduling")
	@Retry(name = "scheduling")
	public void retire(String doctorId, boolean force) {
		this.http.post()
			.uri("/internal/doctors/{doctorId}/retirement?force={force}", doctorId, force)
			.retrieve()
			.onStatus((status) -> status.value() == 409, (request, response) -> {
				throw bookingsAhead(readProblem(response));
			})
			.onStatus((status) -> status.value() == 422, (request, response) -> {
				throw new TooManyBookingsException(
						"Too many bookings ahead to withdraw at once; move or cancel some first.");
			})
			.onStatus(HttpStatusCode::is5xxServerError, (request, response) -> {
				throw new SchedulingServerError(response.getStatusCode().value());
			})
			.onStatus(HttpStatusCode::isError, (request, response) -> {
				throw new SchedulingRefusedException(response.getStatusCode().value());
			})
			.toBodilessEntity();
	}

	/** Scheduling's problem {@code {appointments: [{id, start}], total}}. */
	static BookingsAheadException bookingsAhead(JsonNode problem) {
		List<BookingAhead> appointments = new ArrayList<>();
		for (JsonNode appointment : problem.path("appointments")) {
			if (appointments.size() == MAX_RELAYED) {
				break;
			}
			String id = appointment.path("id").asString("");
			Instant start = instant(appointment.path("start").asString(""));
			if (!id.isEmpty() && id.length() <= MAX_ID_LENGTH && start != null) {
				appointments.add(new BookingAhead(id, start));
			}
		}
		long total = Math.max(problem.path("total").asLong(0), appointments.size());
		return new BookingsAheadException(appointments, total);
	}

	private static Instant instant(String text) {
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static JsonNode readProblem(ClientHttpResponse response) {
		try {
			return JSON.readTree(response.getBody());
		}
		catch (IOException | JacksonException ex) {
			return JSON.missingNode();
		}
	}

	/**
	 * Scheduling refused the call itself (401, 403, 404: our token, our client's role, or
	 * an address that is not scheduling's): not retried, not scheduling failing, but
	 * nothing an admin can fix.
	 */
	static class SchedulingRefusedException extends RuntimeException {

		SchedulingRefusedException(int status) {
			super("Scheduling service refused the retirement with " + status);
		}

	}

}
