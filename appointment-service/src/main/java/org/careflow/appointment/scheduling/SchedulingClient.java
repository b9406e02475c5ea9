package org.careflow.appointment.scheduling;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;
import org.careflow.platform.identity.ServiceClients;
import org.careflow.platform.identity.ServiceTokenInterceptor;
import org.careflow.platform.web.FieldProblem;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP client of the scheduling service's claim and release endpoints, called with this
 * service's own token (never the patient's: those endpoints take service tokens only).
 * Retried (both are idempotent per appointment id) and guarded by one circuit breaker,
 * configured under {@code resilience4j.*.instances.scheduling}; only scheduling failing
 * (5xx, no answer) counts against the breaker, never an answer about the request.
 */
@Component
class SchedulingClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Scheduling is trusted, but a relayed message still stays short. */
	private static final int MAX_RELAYED_LENGTH = 200;

	private static final Pattern RULE_CODE = Pattern.compile("[a-z-]{1,40}");

	private final RestClient http;

	SchedulingClient(RestClient.Builder builder, SchedulingProperties properties,
			ServiceTokenInterceptor serviceToken) {
		// every booking calls scheduling: a pool of open connections (ServiceClients)
		this.http = ServiceClients.of(builder, properties.url(), properties.connectTimeout(), properties.readTimeout(),
				serviceToken);
	}

	@CircuitBreaker(name = "scheduling")
	@Retry(name = "scheduling")
	public ClaimResponse claim(ClaimRequest request) {
		RestClient.ResponseSpec response = this.http.post().uri("/internal/slot-claims").body(request).retrieve();
		return otherFailuresOf("claim", answersAboutTheSlot(response)).body(ClaimResponse.class);
	}

	/**
	 * Holds a slot for a patient (a waitlist offer) for {@code ttlSeconds}. Idempotent:
	 * the same patient's hold of the slot is found again.
	 */
	@CircuitBreaker(name = "scheduling")
	@Retry(name = "scheduling")
	public HoldResponse hold(HoldRequest request) {
		RestClient.ResponseSpec response = this.http.post().uri("/internal/slot-holds").body(request).retrieve();
		return otherFailuresOf("hold", answersAboutTheSlot(response)).body(HoldResponse.class);
	}

	/** Lets a hold go; any 4xx is a refusal of our request, never scheduling failing. */
	@CircuitBreaker(name = "scheduling")
	@Retry(name = "scheduling")
	public void releaseHold(HoldReleaseRequest request) {
		otherFailuresOf("hold release", this.http.post().uri("/internal/slot-holds/release").body(request).retrieve())
			.toBodilessEntity();
	}

	/**
	 * Frees the slot of a cancelled appointment. Any 4xx is a refusal of our request (bad
	 * input or our token), never scheduling failing.
	 */
	@CircuitBreaker(name = "scheduling")
	@Retry(name = "scheduling")
	public ReleaseResponse release(ReleaseRequest request) {
		RestClient.ResponseSpec response = this.http.post()
			.uri("/internal/slot-claims/release")
			.body(request)
			.retrieve();
		return otherFailuresOf("release", response).body(ReleaseResponse.class);
	}

	/**
	 * The first {@code limit} free slots of a doctor between {@code from} and {@code to}
	 * (scheduling's public read, which any signed-in caller may use: here this service).
	 */
	@CircuitBreaker(name = "scheduling")
	@Retry(name = "scheduling")
	public List<FreeSlot> freeSlots(String doctorId, Instant from, Instant to, int limit) {
		RestClient.ResponseSpec response = this.http.get()
			.uri((uri) -> uri.path("/api/slots")
				.queryParam("doctorId", doctorId)
				.queryParam("from", from)
				.queryParam("to", to)
				.queryParam("page", 0)
				.queryParam("size", limit)
				.build())
			.retrieve();
		FreeSlot[] slots = otherFailuresOf("free slots", response).body(FreeSlot[].class);
		return (slots != null) ? List.of(slots) : List.of();
	}

	/**
	 * Scheduling's answers about the slot asked for, passed on to the caller as they are:
	 * taken (409), not bookable with the rule it breaks (422), invalid input (400).
	 */
	private static RestClient.ResponseSpec answersAboutTheSlot(RestClient.ResponseSpec response) {
		return response.onStatus(status -> status.value() == 409, (req, res) -> {
			throw new SlotTakenException();
		}).onStatus(status -> status.value() == 422, (req, res) -> {
			JsonNode problem = readProblem(res);
			throw new SlotNotBookableException(detailOf(problem), ruleOf(problem));
		}).onStatus(status -> status.value() == 400, (req, res) -> {
			throw new InvalidClaimException(fieldErrorsOf(res));
		});
	}

	/**
	 * The answers no call handles itself: a 5xx is scheduling failing (the breaker counts
	 * it), any other error a refusal of our request (it never counts).
	 */
	private static RestClient.ResponseSpec otherFailuresOf(String call, RestClient.ResponseSpec response) {
		return response.onStatus(HttpStatusCode::is5xxServerError, (req, res) -> {
			throw new SchedulingServerError(res.getStatusCode().value());
		}).onStatus(HttpStatusCode::isError, (req, res) -> {
			throw new SchedulingRefusedException(call, res.getStatusCode().value());
		});
	}

	/** Scheduling's own explanation (its problem detail), which names the reason. */
	private static String detailOf(JsonNode problem) {
		String detail = problem.path("detail").asString("");
		return detail.isBlank() ? "The requested start is not a bookable slot of this doctor." : shortened(detail);
	}

	/**
	 * The booking rule scheduling named ({@code min-notice}, {@code buffer}, ...), if it
	 * is a plain code.
	 */
	private static String ruleOf(JsonNode problem) {
		String rule = problem.path("rule").asString("");
		return RULE_CODE.matcher(rule).matches() ? rule : null;
	}

	/**
	 * The fields scheduling named in its 400 problem ({@code errors: [{field,
	 * message}]}).
	 */
	private static List<FieldProblem> fieldErrorsOf(ClientHttpResponse response) {
		List<FieldProblem> errors = new ArrayList<>();
		for (JsonNode error : readProblem(response).path("errors")) {
			String field = error.path("field").asString("");
			if (!field.isBlank()) {
				errors.add(new FieldProblem(shortened(field), shortened(error.path("message").asString("is invalid"))));
			}
		}
		return errors;
	}

	private static JsonNode readProblem(ClientHttpResponse response) {
		try {
			return JSON.readTree(response.getBody());
		}
		catch (IOException | JacksonException ex) {
			return JSON.missingNode();
		}
	}

	private static String shortened(String text) {
		return (text.length() <= MAX_RELAYED_LENGTH) ? text : text.substring(0, MAX_RELAYED_LENGTH) + "…";
	}

	/**
	 * The claim; {@code patientId} says whom it is for, as the token is the service's.
	 * {@code holdId}, if the patient holds the slot, turns their hold into this claim.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ClaimRequest(String doctorId, Instant start, String appointmentId, String patientId, String holdId) {
	}

	record ClaimResponse(String doctorId, Instant start, Instant end, String timeZone) {
	}

	/** A hold of a slot for a patient, made by this service (a waitlist offer). */
	record HoldRequest(String doctorId, Instant start, String patientId, long ttlSeconds) {
	}

	record HoldResponse(String holdId, String doctorId, Instant start, Instant end, String timeZone,
			Instant expiresAt) {
	}

	record HoldReleaseRequest(String holdId) {
	}

	/** The slot ({@code doctorId}, {@code start}) the cancelled appointment held. */
	record ReleaseRequest(String doctorId, Instant start, String appointmentId) {
	}

	/**
	 * @param released whether this call freed the slot (false: it was free already, or
	 * another appointment holds it)
	 */
	record ReleaseResponse(boolean released) {
	}

	/**
	 * Scheduling refused the call itself (401, 403: our token or our client is not set up
	 * right; for a release, any 4xx): not retried, not a failure of scheduling, but
	 * nothing a patient can fix.
	 */
	static class SchedulingRefusedException extends RuntimeException {

		SchedulingRefusedException(String call, int status) {
			super("Scheduling service refused the " + call + " with " + status);
		}

	}

	/** A free slot as scheduling lists it. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record FreeSlot(String doctorId, Instant start, Instant end) {
	}

}
