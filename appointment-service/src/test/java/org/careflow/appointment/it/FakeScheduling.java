package org.careflow.appointment.it;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.careflow.testinfra.TestInfrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * A real HTTP server standing in for the scheduling service's claim and release
 * endpoints, so a booking can succeed without starting the other service. Like the real
 * one it takes only a service token — stricter, only the appointment service's (checked
 * against Keycloak's keys: signed by the realm, {@code azp} appointment-service, realm
 * role {@code service}) — and requires the {@code patientId} of a claim, else 401/403 /
 * 400. It claims every start (201, 30-minute slots in {@link #timeZone}) unless a test
 * scripted another answer for that start, and releases every slot (200) unless a test
 * scripted another answer for releases. One server for the whole test JVM.
 */
final class FakeScheduling {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static FakeScheduling shared;

	private final HttpServer server;

	private final JwtDecoder tokens;

	private final List<Claim> claims = new CopyOnWriteArrayList<>();

	private final Map<Instant, Answer> scripted = new ConcurrentHashMap<>();

	private final List<Release> releases = new CopyOnWriteArrayList<>();

	/**
	 * Appointments whose claim got a scripted 5xx: appointment-service gives such a claim
	 * back in the background, maybe after the test that caused it, so those releases are
	 * kept apart ({@link #givenBack()}) and never show among the next test's releases.
	 */
	private final Set<String> claimsAnsweredWithAFailure = ConcurrentHashMap.newKeySet();

	private final List<Release> givenBack = new CopyOnWriteArrayList<>();

	private final List<Hold> holds = new CopyOnWriteArrayList<>();

	private final List<String> releasedHolds = new CopyOnWriteArrayList<>();

	private final List<Instant> freeStarts = new CopyOnWriteArrayList<>();

	private volatile Answer releaseAnswer = Answer.RELEASED;

	private volatile String timeZone = "Europe/Paris";

	private FakeScheduling() throws IOException {
		this.tokens = NimbusJwtDecoder.withJwkSetUri(TestInfrastructure.keycloak().jwkSetUri()).build();
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/internal/slot-claims", this::claim);
		this.server.createContext("/internal/slot-claims/release", this::release);
		this.server.createContext("/internal/slot-holds", this::hold);
		this.server.createContext("/internal/slot-holds/release", this::releaseHold);
		this.server.createContext("/api/slots", this::freeSlots);
		this.server.start();
	}

	static synchronized FakeScheduling shared() throws IOException {
		if (shared == null) {
			shared = new FakeScheduling();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> shared.server.stop(0)));
		}
		return shared;
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/**
	 * Forgets claims, releases and scripted answers, and answers in Europe/Paris again.
	 */
	void reset() {
		this.claims.clear();
		this.scripted.clear();
		this.releases.clear();
		this.givenBack.clear();
		this.holds.clear();
		this.releasedHolds.clear();
		this.freeStarts.clear();
		this.releaseAnswer = Answer.RELEASED;
		this.timeZone = "Europe/Paris";
	}

	/** The claims accepted so far (a valid service token), oldest first. */
	List<Claim> claims() {
		return this.claims;
	}

	/** The releases received with a valid service token, oldest first. */
	List<Release> releases() {
		return this.releases;
	}

	/** Releases of claims that were answered with a 5xx, oldest first. */
	List<Release> givenBack() {
		return this.givenBack;
	}

	/** The holds placed so far (a valid service token), oldest first. */
	List<Hold> holds() {
		return this.holds;
	}

	/** The ids of the holds let go so far. */
	List<String> releasedHolds() {
		return this.releasedHolds;
	}

	/** Answers every release with this status and JSON. */
	void answerReleases(int status, String body) {
		this.releaseAnswer = new Answer(status, body);
	}

	/** Answers a claim for {@code start} with this status and problem JSON. */
	void answer(Instant start, int status, String problem) {
		this.scripted.put(start, new Answer(status, problem));
	}

	void answerAll(Collection<Instant> starts, int status, String problem) {
		starts.forEach(start -> answer(start, status, problem));
	}

	/** The starts {@code GET /api/slots} lists as free (within the window asked for). */
	void freeSlots(Collection<Instant> starts) {
		this.freeStarts.clear();
		this.freeStarts.addAll(starts);
	}

	/** The doctor's zone that claimed slots report. */
	void timeZone(String zone) {
		this.timeZone = zone;
	}

	private void release(HttpExchange exchange) throws IOException {
		Jwt token = serviceToken(exchange);
		if (token == null) {
			return;
		}
		JsonNode body = JSON.readTree(exchange.getRequestBody());
		Release release = new Release(token.getClaimAsString("azp"), body.path("doctorId").asString(),
				Instant.parse(body.get("start").asString()), body.path("appointmentId").asString());
		(this.claimsAnsweredWithAFailure.contains(release.appointmentId()) ? this.givenBack : this.releases)
			.add(release);
		Answer answer = this.releaseAnswer;
		respond(exchange, answer.status(), answer.problem());
	}

	/**
	 * Holds the slot for the patient (the scripted answer for the start, if any), for the
	 * seconds asked.
	 */
	private void hold(HttpExchange exchange) throws IOException {
		if (serviceToken(exchange) == null) {
			return;
		}
		JsonNode body = JSON.readTree(exchange.getRequestBody());
		Instant start = Instant.parse(body.get("start").asString());
		Answer answer = this.scripted.get(start);
		if (answer != null) {
			respond(exchange, answer.status(), answer.problem());
			return;
		}
		Hold hold = new Hold("hold-" + UUID.randomUUID(), body.path("doctorId").asString(),
				body.path("patientId").asString(), start, Instant.now().plusSeconds(body.path("ttlSeconds").asLong()));
		this.holds.add(hold);
		respond(exchange, 201, """
				{"holdId":"%s","doctorId":"%s","start":"%s","end":"%s","timeZone":"%s","expiresAt":"%s"}
				""".formatted(hold.holdId(), hold.doctorId(), start, start.plusSeconds(1800), this.timeZone,
				hold.expiresAt()));
	}

	private void releaseHold(HttpExchange exchange) throws IOException {
		if (serviceToken(exchange) == null) {
			return;
		}
		this.releasedHolds.add(JSON.readTree(exchange.getRequestBody()).path("holdId").asString());
		respond(exchange, 200, "{\"released\":true}");
	}

	/** The caller's token if it is this service's own, else answers 401 or 403. */
	private Jwt serviceToken(HttpExchange exchange) throws IOException {
		Jwt token;
		try {
			token = this.tokens.decode(bearer(exchange));
		}
		catch (JwtException | IllegalArgumentException ex) {
			respond(exchange, 401, "{\"status\":401,\"detail\":\"A valid bearer token is required.\"}");
			return null;
		}
		if (!isServiceToken(token)) {
			respond(exchange, 403, "{\"status\":403,\"detail\":\"Your role does not allow this.\"}");
			return null;
		}
		return token;
	}

	private void freeSlots(HttpExchange exchange) throws IOException {
		if (serviceToken(exchange) == null) {
			return;
		}
		Map<String, String> query = new java.util.HashMap<>();
		for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
			String[] parts = pair.split("=", 2);
			query.put(parts[0], java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
		}
		Instant from = Instant.parse(query.get("from"));
		Instant to = Instant.parse(query.get("to"));
		String slots = this.freeStarts.stream()
			.filter((start) -> !start.isBefore(from) && start.isBefore(to))
			.sorted()
			.limit(Integer.parseInt(query.get("size")))
			.map((start) -> "{\"doctorId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\"}".formatted(query.get("doctorId"),
					start, start.plusSeconds(1800)))
			.collect(java.util.stream.Collectors.joining(",", "[", "]"));
		respond(exchange, 200, slots);
	}

	private void claim(HttpExchange exchange) throws IOException {
		Jwt token = serviceToken(exchange);
		if (token == null) {
			return;
		}
		JsonNode body = JSON.readTree(exchange.getRequestBody());
		String patientId = body.path("patientId").asString("");
		if (patientId.isBlank()) {
			respond(exchange, 400, """
					{"status":400,"errors":[{"field":"patientId","message":"must not be blank"}]}
					""");
			return;
		}
		Instant start = Instant.parse(body.get("start").asString());
		this.claims.add(new Claim(token.getClaimAsString("azp"), patientId, body.path("appointmentId").asString(),
				start, body.path("holdId").asString(null)));
		Answer answer = this.scripted.get(start);
		if (answer != null) {
			if (answer.status() >= 500) {
				this.claimsAnsweredWithAFailure.add(body.path("appointmentId").asString());
			}
			respond(exchange, answer.status(), answer.problem());
			return;
		}
		respond(exchange, 201, """
				{"doctorId":"%s","start":"%s","end":"%s","timeZone":"%s"}
				""".formatted(body.get("doctorId").asString(), start, start.plusSeconds(1800), this.timeZone));
	}

	private static String bearer(HttpExchange exchange) {
		String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
		if (!authorization.startsWith("Bearer ")) {
			throw new IllegalArgumentException("no bearer token");
		}
		return authorization.substring("Bearer ".length());
	}

	/** This service's own token: issued to its client, with the realm role service. */
	private static boolean isServiceToken(Jwt token) {
		Map<String, Object> realmAccess = token.getClaimAsMap("realm_access");
		return "appointment-service".equals(token.getClaimAsString("azp")) && realmAccess != null
				&& realmAccess.get("roles") instanceof Collection<?> roles && roles.contains("service");
	}

	private static void respond(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	/**
	 * A claim as scheduling received it.
	 *
	 * @param azp the client the token was issued to
	 */
	record Hold(String holdId, String doctorId, String patientId, Instant start, Instant expiresAt) {
	}

	/** A claim; {@code holdId} only when the booking named one. */
	record Claim(String azp, String patientId, String appointmentId, Instant start, String holdId) {
	}

	/**
	 * A release as scheduling received it.
	 *
	 * @param azp the client the token was issued to
	 */
	record Release(String azp, String doctorId, Instant start, String appointmentId) {
	}

	private record Answer(int status, String problem) {

		static final Answer RELEASED = new Answer(200, "{\"released\":true}");

	}

}
