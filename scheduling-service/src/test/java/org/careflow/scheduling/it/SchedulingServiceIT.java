package org.careflow.scheduling.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.careflow.events.AppointmentBooked;
import org.careflow.events.AppointmentCancelled;
import org.careflow.events.AppointmentRescheduled;
import org.careflow.events.CareFlowEvent;
import org.careflow.events.DoctorRegistered;
import org.careflow.events.DoctorUpdated;
import org.careflow.events.ScheduleBookingsWithdrawn;
import org.careflow.events.ScheduleSlotsOpened;
import org.careflow.events.Topics;
import org.careflow.platform.kafka.EventJson;
import org.careflow.testinfra.ApiClient;
import org.careflow.testinfra.OpenApiCoverage;
import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduling service on real MongoDB-protocol storage, a real Kafka broker and real
 * Keycloak tokens: the demo users' and the appointment service's own (client credentials,
 * realm role {@code service}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "careflow.demo-data=true")
class SchedulingServiceIT {

	static final String HOUSE = "00000000-0000-4000-8000-000000000002";

	static final String GREY = "00000000-0000-4000-8000-000000000003";

	static String admin;

	static String doctor;

	static String patient;

	static String nurse;

	/** The appointment service's own token: the only kind that may claim slots. */
	static String service;

	/** Whom the appointment service books for; it names the patient in each claim. */
	static final String PATIENT_ID = "00000000-0000-4000-8000-00000000a001";

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	ConsumerFactory<String, String> consumers;

	ApiClient api;

	/**
	 * A day well in the future, so every slot on it is bookable whenever the test runs.
	 */
	final LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(3);

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "careflow-scheduling-it");
	}

	@BeforeAll
	static void tokens() {
		admin = token("admin@careflow.local");
		doctor = token("doctor@careflow.local");
		patient = token("patient@careflow.local");
		nurse = token("nurse@careflow.local");
		service = TestInfrastructure.keycloak().serviceToken("appointment-service");
	}

	static String token(String user) {
		return TestInfrastructure.keycloak().accessToken(user, "careflow-demo");
	}

	@BeforeEach
	void everyDayFromEightToSixUtc() {
		this.api = new ApiClient(this.port);
		ApiClient.Response put = this.api.call(HttpMethod.PUT, "/api/schedules/" + HOUSE, admin,
				Map.of("timeZone", "UTC", "slotMinutes", 30, "weeklyHours", everyDay("08:00", "18:00")));
		assertThat(put.status()).isEqualTo(200);
	}

	static List<Map<String, String>> everyDay(String start, String end) {
		List<Map<String, String>> hours = new ArrayList<>();
		for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
			hours.add(Map.of("day", day, "start", start, "end", end));
		}
		return hours;
	}

	Instant at(String time) {
		return Instant.parse(this.day + "T" + time + ":00Z");
	}

	List<String> freeStarts() {
		return freeStarts(this.day);
	}

	List<String> freeStarts(LocalDate date) {
		Instant midnight = date.atStartOfDay(ZoneOffset.UTC).toInstant();
		ApiClient.Response slots = this.api.get(
				"/api/slots?doctorId=" + HOUSE + "&from=" + midnight + "&to=" + midnight.plus(Duration.ofDays(1)),
				patient);
		assertThat(slots.status()).isEqualTo(200);
		List<String> starts = new ArrayList<>();
		slots.body().forEach(slot -> starts.add(slot.get("start").asString()));
		return starts;
	}

	ApiClient.Response claim(Instant start, String appointmentId) {
		return claimAs(service, start, appointmentId);
	}

	ApiClient.Response claimAs(String token, Instant start, String appointmentId) {
		return this.api.call(HttpMethod.POST, "/internal/slot-claims", token, Map.of("doctorId", HOUSE, "start",
				start.toString(), "appointmentId", appointmentId, "patientId", PATIENT_ID));
	}

	/**
	 * The status of a PUT whose body has a declared length, as the probe's had
	 * ({@link ApiClient} streams bodies without one).
	 */
	int putWithDeclaredLength(String path, String token, Object body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(JsonMapper.builder().build().writeValueAsString(body)))
			.build();
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
	}

	static List<String> fields(ApiClient.Response problem) {
		List<String> fields = new ArrayList<>();
		problem.body().path("errors").forEach(error -> fields.add(error.get("field").asString()));
		return fields;
	}

	@Test
	void theStoredScheduleIsReturnedToAnySignedInUser() {
		ApiClient.Response schedule = this.api.get("/api/schedules/" + HOUSE, patient);

		assertThat(schedule.status()).isEqualTo(200);
		assertThat(schedule.body().get("timeZone").asString()).isEqualTo("UTC");
		assertThat(schedule.body().get("weeklyHours")).hasSize(7);
		assertThat(this.api.get("/api/schedules/unknown-doctor", patient).status()).isEqualTo(404);
		assertThat(this.api.get("/api/schedules/" + HOUSE, null).status()).isEqualTo(401);
	}

	@Test
	void theDemoDoctorsHaveConsultingHoursInParis() {
		ApiClient.Response grey = this.api.get("/api/schedules/" + GREY, patient);

		assertThat(grey.status()).isEqualTo(200);
		assertThat(grey.body().get("timeZone").asString()).isEqualTo("Europe/Paris");
		assertThat(grey.body().get("slotMinutes").asInt()).isEqualTo(30);
		assertThat(grey.body().get("weeklyHours")).hasSize(6);
		assertThat(grey.body().get("weeklyHours").get(0).get("start").asString()).isEqualTo("08:00");
	}

	@Test
	void operatorsSeeHealthAndMetricsOnTheManagementPortWithoutAToken() {
		ApiClient management = new ApiClient(this.managementPort);

		assertThat(management.get("/actuator/health/readiness", null).status()).isEqualTo(200);
		assertThat(management.get("/actuator/health/liveness", null).status()).isEqualTo(200);
		assertThat(management.get("/actuator/prometheus", null).status()).isEqualTo(200);
		assertThat(this.api.get("/readyz", null).status()).isEqualTo(200);
		assertThat(this.api.get("/livez", null).status()).isEqualTo(200);
		assertThat(this.api.get("/actuator/prometheus", null).status()).isEqualTo(404);
	}

	@Test
	void aDoctorSetsOnlyTheirOwnHoursAndPatientsSetNone() {
		// the same hours (other tests' bookings stay within them) in 20-minute slots
		Map<String, Object> body = Map.of("timeZone", "UTC", "slotMinutes", 20, "weeklyHours",
				everyDay("08:00", "18:00"));

		assertThat(this.api.call(HttpMethod.PUT, "/api/schedules/" + GREY, doctor, body).status()).isEqualTo(403);
		assertThat(this.api.call(HttpMethod.PUT, "/api/schedules/" + HOUSE, patient, body).status()).isEqualTo(403);
		ApiClient.Response own = this.api.call(HttpMethod.PUT, "/api/schedules/" + HOUSE, doctor, body);
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.body().get("slotMinutes").asInt()).isEqualTo(20);
	}

	@Test
	void anImpossibleScheduleIsRejectedNamingTheFields() {
		Map<String, Object> body = Map.of("timeZone", "Europe/Atlantis", "slotMinutes", 30, "weeklyHours",
				List.of(Map.of("day", "MONDAY", "start", "09:00", "end", "12:00"),
						Map.of("day", "MONDAY", "start", "11:00", "end", "13:00")));

		ApiClient.Response rejected = this.api.call(HttpMethod.PUT, "/api/schedules/" + HOUSE, admin, body);

		assertThat(rejected.status()).isEqualTo(400);
		assertThat(fields(rejected)).containsExactlyInAnyOrder("timeZone", "weeklyHours[1]");
	}

	/**
	 * The security probe's requests, on the real server: refused as bad input, never a
	 * 5xx, nothing stored, and the service answers normally afterwards.
	 */
	@Test
	void theProbesHostileRequestsAreRefusedAndTheServiceCarriesOn() throws Exception {
		List<Map<String, String>> fiveThousand = new ArrayList<>();
		for (int i = 0; i < 5_000; i++) {
			fiveThousand.add(Map.of("day", "MONDAY", "start", "09:00", "end", "10:00"));
		}
		Map<String, Object> probe = Map.of("timeZone", "UTC", "slotMinutes", 30, "weeklyHours", fiveThousand);
		assertThat(putWithDeclaredLength("/api/schedules/" + HOUSE, admin, probe)).isEqualTo(413);
		// sent in chunks, without a declared length: read up to the limit, then refused
		assertThat(this.api.call(HttpMethod.PUT, "/api/schedules/" + HOUSE, admin, probe).status()).isBetween(400, 499);

		ApiClient.Response seventyOne = this.api.call(HttpMethod.PUT, "/api/schedules/" + HOUSE, admin,
				Map.of("timeZone", "UTC", "slotMinutes", 30, "weeklyHours", fiveThousand.subList(0, 71)));
		assertThat(seventyOne.status()).isEqualTo(400);
		assertThat(fields(seventyOne)).containsExactly("weeklyHours");

		ApiClient.Response farPast = this.api.get(
				"/api/slots?doctorId=" + HOUSE + "&from=-1000000000-01-01T00:00:00Z&to=-1000000000-01-02T00:00:00Z",
				patient);
		assertThat(farPast.status()).isEqualTo(400);
		assertThat(fields(farPast)).containsExactly("from", "to");

		ApiClient.Response farClaim = claim(Instant.parse("+1000000000-01-01T09:00:00Z"), UUID.randomUUID().toString());
		assertThat(farClaim.status()).isEqualTo(400);
		assertThat(fields(farClaim)).containsExactly("start");

		assertThat(this.api.get("/api/schedules/" + HOUSE, patient).body().get("weeklyHours")).hasSize(7);
		assertThat(freeStarts(this.day.plusDays(1))).hasSize(20);
	}

	@Test
	void listsTheFreeSlotsOfADayInOrder() {
		LocalDate untouched = this.day.plusDays(1);

		List<String> starts = freeStarts(untouched);

		assertThat(starts).hasSize(20);
		assertThat(starts.get(0)).isEqualTo(untouched + "T08:00:00Z");
		assertThat(starts.get(19)).isEqualTo(untouched + "T17:30:00Z");
	}

	@Test
	void slotQueriesNeedAllParametersAndAtMostThirtyOneDays() {
		assertThat(this.api.get("/api/slots?doctorId=" + HOUSE, patient).status()).isEqualTo(400);
		Instant from = at("00:00");
		assertThat(this.api
			.get("/api/slots?doctorId=" + HOUSE + "&from=" + from + "&to=" + from.plus(Duration.ofDays(32)), patient)
			.status()).isEqualTo(400);
		ApiClient.Response noSchedule = this.api
			.get("/api/slots?doctorId=nobody&from=" + from + "&to=" + from.plus(Duration.ofDays(1)), patient);
		assertThat(noSchedule.status()).isEqualTo(200);
		assertThat(noSchedule.body()).isEmpty();
	}

	@Test
	void twentyBookingsRacingForOneSlotGetItOnceAndTheWinnerMayRetry() throws Exception {
		Instant start = at("09:00");
		List<String> appointmentIds = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			appointmentIds.add(UUID.randomUUID().toString());
		}
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
			for (String appointmentId : appointmentIds) {
				Callable<Integer> attempt = () -> {
					go.await();
					return claim(start, appointmentId).status();
				};
				answers.add(pool.submit(attempt));
			}
			go.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
			assertThat(statuses).filteredOn(status -> status == 409).hasSize(19);
			String winner = appointmentIds.get(statuses.indexOf(201));

			ApiClient.Response retry = claim(start, winner);
			assertThat(retry.status()).isEqualTo(200);
			assertThat(retry.body().get("end").asString()).isEqualTo(at("09:30").toString());
			assertThat(retry.body().get("timeZone").asString()).isEqualTo("UTC");
		}
		assertThat(freeStarts()).doesNotContain(start.toString());
	}

	@Test
	void aStartOffTheGridOrThatBeganCannotBeClaimed() {
		ApiClient.Response offGrid = claim(at("09:10"), UUID.randomUUID().toString());
		assertThat(offGrid.status()).isEqualTo(422);
		assertThat(offGrid.body().get("detail").asString()).contains("slot grid");
		assertThat(offGrid.body().get("rule").asString()).isEqualTo("outside-hours");

		ApiClient.Response began = claim(lastSlotThatBegan(), UUID.randomUUID().toString());
		assertThat(began.status()).isEqualTo(422);
		assertThat(began.body().get("rule").asString()).isEqualTo("min-notice");
		ApiClient.Response tooFar = claim(at("09:00").plus(Duration.ofDays(100)), UUID.randomUUID().toString());
		assertThat(tooFar.status()).isEqualTo(422);
		assertThat(tooFar.body().get("rule").asString()).isEqualTo("max-days-ahead");
	}

	@Test
	void aStartMoreThanADayAgoOrBeyondTwoYearsIsBadInput() {
		Instant twoDaysAgo = at("09:00").minus(Duration.ofDays(5));
		Instant threeYearsAhead = at("09:00").plus(Duration.ofDays(3 * 365));

		for (Instant start : List.of(twoDaysAgo, threeYearsAhead)) {
			ApiClient.Response rejected = claim(start, UUID.randomUUID().toString());
			assertThat(rejected.status()).isEqualTo(400);
			assertThat(fields(rejected)).containsExactly("start");
		}
	}

	/**
	 * The slot grid runs every day from 08:00 to 18:00 UTC: within the last 24 hours a
	 * slot has always begun.
	 */
	Instant lastSlotThatBegan() {
		Instant slot = Instant.now().truncatedTo(ChronoUnit.HOURS);
		while (slot.atZone(ZoneOffset.UTC).getHour() < 8 || slot.atZone(ZoneOffset.UTC).getHour() > 17) {
			slot = slot.minus(Duration.ofHours(1));
		}
		return slot;
	}

	@Test
	void endUsersCannotClaimSlotsWhateverTheirRoleOnlyServicesCan() {
		Instant start = at("16:30");
		for (String endUser : List.of(patient, doctor, admin)) {
			assertThat(claimAs(endUser, start, UUID.randomUUID().toString()).status()).isEqualTo(403);
		}
		assertThat(freeStarts()).contains(start.toString());

		assertThat(claimAs(service, start, UUID.randomUUID().toString()).status()).isEqualTo(201);

		Document stored = this.mongo.findById(HOUSE + "|" + start, Document.class, "slot_claims");
		assertThat(stored).isNotNull();
		assertThat(stored.getString("claimedBy")).isEqualTo(PATIENT_ID);
		assertThat(freeStarts()).doesNotContain(start.toString());
	}

	@Test
	void aCancelledAppointmentFreesItsSlot() throws Exception {
		Instant start = at("10:00");
		String appointmentId = UUID.randomUUID().toString();
		assertThat(claim(start, appointmentId).status()).isEqualTo(201);
		publish(AppointmentBooked.of(appointmentId, "p", HOUSE, start, at("10:30"), "UTC"));
		assertThat(freeStarts()).doesNotContain(start.toString());

		publish(AppointmentCancelled.of(appointmentId, "p", HOUSE, start, at("10:30"), "UTC"));

		awaitFree(start.toString(), true);
		assertThat(claim(start, UUID.randomUUID().toString()).status()).isEqualTo(201);
	}

	/**
	 * An expired tentative claim is deleted, so "expired" is the same state as no claim
	 * at all.
	 */
	@Test
	void aBookingConfirmedByItsEventHoldsTheSlotEvenIfItsClaimIsGone() throws Exception {
		Instant start = at("11:00");
		String appointmentId = UUID.randomUUID().toString();

		publish(AppointmentBooked.of(appointmentId, "p", HOUSE, start, at("11:30"), "UTC"));

		awaitFree(start.toString(), false);
		assertThat(claim(start, UUID.randomUUID().toString()).status()).isEqualTo(409);
		assertThat(claim(start, appointmentId).status()).isEqualTo(200);
	}

	ApiClient.Response release(Instant start, String appointmentId) {
		return releaseAs(service, Map.of("doctorId", HOUSE, "start", start.toString(), "appointmentId", appointmentId));
	}

	ApiClient.Response releaseAs(String token, Map<String, String> body) {
		return this.api.call(HttpMethod.POST, "/internal/slot-claims/release", token, body);
	}

	@Test
	void endUsersCannotFreeASlotOnlyServicesCanAndTheSlotIsFreeAtOnce() {
		Instant start = at("12:00");
		String appointmentId = UUID.randomUUID().toString();
		assertThat(claim(start, appointmentId).status()).isEqualTo(201);
		Map<String, String> body = Map.of("doctorId", HOUSE, "start", start.toString(), "appointmentId", appointmentId);

		for (String endUser : List.of(patient, doctor, admin)) {
			assertThat(releaseAs(endUser, body).status()).isEqualTo(403);
		}
		assertThat(releaseAs(null, body).status()).isEqualTo(401);
		assertThat(freeStarts()).doesNotContain(start.toString());

		ApiClient.Response released = releaseAs(service, body);

		assertThat(released.status()).isEqualTo(200);
		assertThat(released.body().get("released").asBoolean()).isTrue();
		// no waiting for an event: listed and bookable the moment the release answers
		assertThat(freeStarts()).contains(start.toString());
		assertThat(claim(start, UUID.randomUUID().toString()).status()).isEqualTo(201);
	}

	@Test
	void aReleaseLeavesTheClaimOfAnotherAppointmentAlone() {
		Instant start = at("12:30");
		String holder = UUID.randomUUID().toString();
		assertThat(claim(start, holder).status()).isEqualTo(201);

		ApiClient.Response other = release(start, UUID.randomUUID().toString());

		assertThat(other.status()).isEqualTo(200);
		assertThat(other.body().get("released").asBoolean()).isFalse();
		assertThat(freeStarts()).doesNotContain(start.toString());
		assertThat(claim(start, holder).status()).as("still the holder's").isEqualTo(200);
	}

	@Test
	void releasingTwiceOrAFreeSlotIsASuccessThatFreesNothing() {
		Instant start = at("13:00");
		String appointmentId = UUID.randomUUID().toString();
		assertThat(claim(start, appointmentId).status()).isEqualTo(201);
		assertThat(release(start, appointmentId).body().get("released").asBoolean()).isTrue();

		ApiClient.Response again = release(start, appointmentId);
		ApiClient.Response neverClaimed = release(at("17:30"), UUID.randomUUID().toString());

		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body().get("released").asBoolean()).isFalse();
		assertThat(neverClaimed.status()).isEqualTo(200);
		assertThat(neverClaimed.body().get("released").asBoolean()).isFalse();
		assertThat(freeStarts()).contains(start.toString(), at("17:30").toString());
	}

	@Test
	void aReleaseWithBadInputIsRefusedNamingTheField() {
		String appointmentId = UUID.randomUUID().toString();
		Map<String, Map<String, String>> cases = Map.of("start",
				Map.of("doctorId", HOUSE, "start", "+1000000000-01-01T09:00:00Z", "appointmentId", appointmentId),
				"doctorId",
				Map.of("doctorId", "doctor 1\n", "start", at("13:00").toString(), "appointmentId", appointmentId),
				"appointmentId",
				Map.of("doctorId", HOUSE, "start", at("13:00").toString(), "appointmentId", "a".repeat(65)));

		cases.forEach((field, body) -> {
			ApiClient.Response refused = releaseAs(service, body);
			assertThat(refused.status()).as(field).isEqualTo(400);
			assertThat(fields(refused)).containsExactly(field);
		});
		ApiClient.Response twoDaysAgo = release(Instant.now().minus(Duration.ofDays(2)), appointmentId);
		assertThat(twoDaysAgo.status()).isEqualTo(400);
		assertThat(fields(twoDaysAgo)).containsExactly("start");
	}

	/**
	 * The events of a released appointment arrive after the release: its
	 * {@code appointment.booked} must not claim the slot again, and its
	 * {@code appointment.cancelled} must not free the slot someone else has booked since.
	 * Each is followed, on the same partition, by a booking of another slot: once that
	 * one is applied, so is the event before it.
	 */
	@Test
	void theLateEventsOfAReleasedAppointmentNeitherBlockNorFreeTheSlot() throws Exception {
		Instant start = at("14:00");
		String released = UUID.randomUUID().toString();
		assertThat(claim(start, released).status()).isEqualTo(201);
		assertThat(release(start, released).body().get("released").asBoolean()).isTrue();

		publish(released, AppointmentBooked.of(released, "p", HOUSE, start, at("14:30"), "UTC"));
		publishAndAwaitApplied(released, at("15:00"));

		assertThat(freeStarts()).as("a late booking of a released appointment").contains(start.toString());
		String next = UUID.randomUUID().toString();
		assertThat(claim(start, next).status()).isEqualTo(201);

		publish(released, AppointmentCancelled.of(released, "p", HOUSE, start, at("14:30"), "UTC"));
		publishAndAwaitApplied(released, at("15:30"));

		assertThat(freeStarts()).as("the next booking keeps the slot").doesNotContain(start.toString());
		assertThat(claim(start, next).status()).isEqualTo(200);
	}

	/**
	 * A booking of {@code start} on {@code key}'s partition, awaited until it holds the
	 * slot.
	 */
	void publishAndAwaitApplied(String key, Instant start) throws Exception {
		String appointmentId = UUID.randomUUID().toString();
		publish(key, AppointmentBooked.of(appointmentId, "p", HOUSE, start, start.plus(Duration.ofMinutes(30)), "UTC"));
		awaitFree(start.toString(), false);
	}

	void publish(CareFlowEvent event) throws Exception {
		publish(event.aggregateId(), event);
	}

	void publish(String key, CareFlowEvent event) throws Exception {
		this.kafka.send(Topics.APPOINTMENTS, key, EventJson.write(event)).get();
	}

	void awaitFree(String start, boolean free) throws InterruptedException {
		awaitFree(this.day, start, free);
	}

	void awaitFree(LocalDate date, String start, boolean free) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (freeStarts(date).contains(start) != free) {
			assertThat(System.nanoTime()).as("slot %s free=%s within 30 s", start, free).isLessThan(deadline);
			Thread.sleep(200);
		}
	}

	// issue 7: holds, exceptions, forced withdrawals, search, moves

	/** The subject of a token: whom a hold is for. */
	static String subjectOf(String token) {
		String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
		return JsonMapper.builder().build().readTree(payload).get("sub").asString();
	}

	ApiClient.Response hold(String token, Instant start) {
		return this.api.call(HttpMethod.POST, "/api/slots/holds", token,
				Map.of("doctorId", HOUSE, "start", start.toString()));
	}

	@Test
	void aHoldAgainstTwentyConcurrentBookingsLetsOnlyTheHolderBook() throws Exception {
		Instant start = at("16:00");
		ApiClient.Response held = hold(patient, start);
		assertThat(held.status()).isEqualTo(201);
		String holdId = held.body().get("holdId").asString();
		assertThat(held.body().get("end").asString()).isEqualTo(at("16:30").toString());
		assertThat(Instant.parse(held.body().get("expiresAt").asString())).isAfter(Instant.now());
		assertThat(freeStarts()).doesNotContain(start.toString());
		for (String notPatient : List.of(doctor, admin, nurse, service)) {
			assertThat(hold(notPatient, at("16:30")).status()).isEqualTo(403);
		}

		CountDownLatch go = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
			for (int i = 0; i < 20; i++) {
				Callable<Integer> booking = () -> {
					go.await();
					return claim(start, UUID.randomUUID().toString()).status();
				};
				answers.add(pool.submit(booking));
			}
			go.countDown();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).isEqualTo(409);
			}
		}

		String patientId = subjectOf(patient);
		String appointmentId = UUID.randomUUID().toString();
		ApiClient.Response booked = this.api.call(HttpMethod.POST, "/internal/slot-claims", service,
				Map.of("doctorId", HOUSE, "start", start.toString(), "appointmentId", appointmentId, "patientId",
						patientId, "holdId", holdId));
		assertThat(booked.status()).isEqualTo(201);
		assertThat(this.mongo.findById(HOUSE + "|" + start, Document.class, "slot_claims").getString("appointmentId"))
			.isEqualTo(appointmentId);
		ApiClient.Response retried = this.api.call(HttpMethod.POST, "/internal/slot-claims", service,
				Map.of("doctorId", HOUSE, "start", start.toString(), "appointmentId", appointmentId, "patientId",
						patientId, "holdId", holdId));
		assertThat(retried.status()).isEqualTo(200);
		// the hold is gone with its conversion: nothing left to let go
		assertThat(this.api.call(HttpMethod.DELETE, "/api/slots/holds/" + holdId, patient, null).status())
			.isEqualTo(404);
	}

	@Test
	void aPatientLetsTheirHoldGoAndTheSlotIsFreeAtOnce() {
		Instant start = at("17:00");
		String holdId = hold(patient, start).body().get("holdId").asString();
		assertThat(this.api.call(HttpMethod.DELETE, "/api/slots/holds/" + holdId, doctor, null).status())
			.isEqualTo(403);

		assertThat(this.api.call(HttpMethod.DELETE, "/api/slots/holds/" + holdId, patient, null).status())
			.isEqualTo(204);

		assertThat(freeStarts()).contains(start.toString());
	}

	// waitlist offers: the appointment service holds a slot for a patient with its own
	// token

	/** A day no other test books on. */
	Instant offerDay(String time) {
		return at(time).plus(Duration.ofDays(5));
	}

	ApiClient.Response holdFor(String token, String patientId, Instant start, int ttlSeconds) {
		return this.api.call(HttpMethod.POST, "/internal/slot-holds", token,
				Map.of("doctorId", HOUSE, "start", start.toString(), "patientId", patientId, "ttlSeconds", ttlSeconds));
	}

	ApiClient.Response releaseHold(String token, String holdId) {
		return this.api.call(HttpMethod.POST, "/internal/slot-holds/release", token, Map.of("holdId", holdId));
	}

	ApiClient.Response claimFor(String patientId, Instant start, String appointmentId, String holdId) {
		Map<String, String> body = new HashMap<>(Map.of("doctorId", HOUSE, "start", start.toString(), "appointmentId",
				appointmentId, "patientId", patientId));
		if (holdId != null) {
			body.put("holdId", holdId);
		}
		return this.api.call(HttpMethod.POST, "/internal/slot-claims", service, body);
	}

	@Test
	void aSlotHeldForAWaitlistedPatientCanBeBookedOnlyByThemNamingTheHold() {
		String waitlisted = UUID.randomUUID().toString();
		Instant start = offerDay("08:00");
		Instant asked = Instant.now();

		ApiClient.Response offered = holdFor(service, waitlisted, start, 900);

		assertThat(offered.status()).isEqualTo(201);
		String holdId = offered.body().get("holdId").asString();
		assertThat(offered.body().get("timeZone").asString()).isEqualTo("UTC");
		assertThat(offered.body().get("end").asString()).isEqualTo(start.plus(Duration.ofMinutes(30)).toString());
		assertThat(Instant.parse(offered.body().get("expiresAt").asString())).isBetween(asked.plusSeconds(899),
				Instant.now().plusSeconds(901));
		assertThat(freeStarts(this.day.plusDays(5))).doesNotContain(start.toString());
		ApiClient.Response retried = holdFor(service, waitlisted, start, 900);
		assertThat(retried.status()).isEqualTo(200);
		assertThat(retried.body().get("holdId").asString()).isEqualTo(holdId);
		assertThat(holdFor(service, UUID.randomUUID().toString(), start, 900).status()).as("another patient")
			.isEqualTo(409);

		assertThat(claimFor(waitlisted, start, UUID.randomUUID().toString(), null).status())
			.as("another booking, without the hold")
			.isEqualTo(409);
		ApiClient.Response booked = claimFor(waitlisted, start, UUID.randomUUID().toString(), holdId);

		assertThat(booked.status()).isEqualTo(201);
		assertThat(releaseHold(service, holdId).body().get("released").asBoolean()).as("an appointment's claim now")
			.isFalse();
		assertThat(freeStarts(this.day.plusDays(5))).doesNotContain(start.toString());
	}

	@Test
	void anOfferWithdrawnFreesTheSlotAtOnceAndOnlyServicesMayHoldOrRelease() {
		String waitlisted = UUID.randomUUID().toString();
		Instant start = offerDay("08:30");
		for (String endUser : List.of(patient, doctor, admin, nurse)) {
			assertThat(holdFor(endUser, waitlisted, start, 900).status()).isEqualTo(403);
		}
		assertThat(holdFor(null, waitlisted, start, 900).status()).isEqualTo(401);
		ApiClient.Response tooLong = holdFor(service, waitlisted, start, 86_401);
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(fields(tooLong)).containsExactly("ttlSeconds");
		String holdId = holdFor(service, waitlisted, start, 900).body().get("holdId").asString();
		for (String endUser : List.of(patient, doctor, admin, nurse)) {
			assertThat(releaseHold(endUser, holdId).status()).isEqualTo(403);
		}
		assertThat(releaseHold(null, holdId).status()).isEqualTo(401);
		assertThat(freeStarts(this.day.plusDays(5))).doesNotContain(start.toString());

		ApiClient.Response released = releaseHold(service, holdId);

		assertThat(released.status()).isEqualTo(200);
		assertThat(released.body().get("released").asBoolean()).isTrue();
		assertThat(freeStarts(this.day.plusDays(5))).contains(start.toString());
		assertThat(releaseHold(service, holdId).body().get("released").asBoolean()).as("again").isFalse();
	}

	@Test
	void blockingBookedTimeIsRefusedUnlessAnAdminForcesItAndTheWithdrawalIsPublished() throws Exception {
		LocalDate leaveDay = this.day.plusDays(10);
		Instant nine = Instant.parse(leaveDay + "T09:00:00Z");
		String appointmentId = UUID.randomUUID().toString();
		assertThat(claim(nine, appointmentId).status()).isEqualTo(201);
		Map<String, Object> leave = Map.of("type", "block", "start", leaveDay + "T08:00:00Z", "end",
				leaveDay + "T18:00:00Z", "reason", "leave");
		String path = "/api/schedules/" + HOUSE + "/exceptions";

		ApiClient.Response refused = this.api.call(HttpMethod.POST, path, doctor, leave);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body().get("total").asInt()).isEqualTo(1);
		assertThat(refused.body().get("appointments").get(0).get("appointmentId").asString()).isEqualTo(appointmentId);
		assertThat(this.api.call(HttpMethod.POST, path + "?force=true", doctor, leave).status()).isEqualTo(403);
		assertThat(this.api.call(HttpMethod.POST, "/api/schedules/" + GREY + "/exceptions", doctor, leave).status())
			.isEqualTo(403);
		assertThat(this.api.call(HttpMethod.POST, path, patient, leave).status()).isEqualTo(403);
		assertThat(freeStarts(leaveDay)).hasSize(19);

		ApiClient.Response forced = this.api.call(HttpMethod.POST, path + "?force=true", admin, leave);

		assertThat(forced.status()).isEqualTo(201);
		String exceptionId = forced.body().get("id").asString();
		assertThat(freeStarts(leaveDay)).isEmpty();
		ApiClient.Response listed = this.api.get(path, nurse);
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.body().toString()).contains(exceptionId, "leave", "busy-unavailable");
		ScheduleBookingsWithdrawn withdrawn = awaitWithdrawalOf(appointmentId);
		assertThat(withdrawn.aggregateId()).isEqualTo(HOUSE);
		assertThat(withdrawn.reason()).isEqualTo("doctor-unavailable");
		ApiClient.Response claimInBlock = claim(Instant.parse(leaveDay + "T10:00:00Z"), UUID.randomUUID().toString());
		assertThat(claimInBlock.status()).isEqualTo(422);
		assertThat(claimInBlock.body().get("rule").asString()).isEqualTo("unavailable");

		assertThat(this.api.call(HttpMethod.DELETE, path + "/" + exceptionId, doctor, null).status()).isEqualTo(204);
		assertThat(freeStarts(leaveDay)).hasSize(19);
	}

	ScheduleBookingsWithdrawn awaitWithdrawalOf(String appointmentId) {
		return awaitWithdrawalOf(HOUSE, appointmentId);
	}

	ScheduleBookingsWithdrawn awaitWithdrawalOf(String doctorId, String appointmentId) {
		try (Consumer<String, String> consumer = this.consumers.createConsumer("it-" + UUID.randomUUID(), null)) {
			consumer.subscribe(List.of(Topics.SCHEDULES));
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					if (EventJson.read(record.value()).orElse(null) instanceof ScheduleBookingsWithdrawn withdrawn
							&& withdrawn.appointmentIds().contains(appointmentId)) {
						assertThat(record.key()).isEqualTo(doctorId);
						return withdrawn;
					}
				}
			}
		}
		throw new AssertionError("no schedule.bookings-withdrawn naming " + appointmentId + " within 30 s");
	}

	@Test
	void shorterHoursOverABookingAreAConflictThatNamesIt() {
		Instant late = at("17:30").plus(Duration.ofDays(11));
		String appointmentId = UUID.randomUUID().toString();
		assertThat(claim(late, appointmentId).status()).isEqualTo(201);

		ApiClient.Response shorter = this.api.call(HttpMethod.PUT, "/api/schedules/" + HOUSE, doctor,
				Map.of("timeZone", "UTC", "slotMinutes", 30, "weeklyHours", everyDay("08:00", "17:00")));

		assertThat(shorter.status()).isEqualTo(409);
		assertThat(shorter.body().toString()).contains(appointmentId);
		assertThat(
				this.api.get("/api/schedules/" + HOUSE, patient).body().get("weeklyHours").get(0).get("end").asString())
			.isEqualTo("18:00");
		assertThat(release(late, appointmentId).status()).isEqualTo(200);
	}

	@Test
	void aSpecialtyLearntFromDoctorRegisteredIsSearchedAcrossDoctors() throws Exception {
		String specialty = "Diagnostics-" + UUID.randomUUID().toString().substring(0, 8);
		this.kafka
			.send(Topics.DOCTORS, HOUSE,
					EventJson.write(DoctorRegistered.of(HOUSE, "house@careflow.local", "Gregory", "House", specialty)))
			.get();
		Instant midnight = this.day.atStartOfDay(ZoneOffset.UTC).toInstant();
		String search = "/api/slots?specialty=" + specialty.toUpperCase() + "&from=" + midnight + "&to="
				+ midnight.plus(Duration.ofDays(1)) + "&size=5";

		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		ApiClient.Response found = this.api.get(search, nurse);
		while (found.body().isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(200);
			found = this.api.get(search, nurse);
		}
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.body()).hasSize(5);
		assertThat(found.body().get(0).get("doctorId").asString()).isEqualTo(HOUSE);
		ApiClient.Response first = this.api.get("/api/slots/first?specialty=" + specialty, patient);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body().get("doctorId").asString()).isEqualTo(HOUSE);
		assertThat(this.api.get("/api/slots/first?specialty=nothing-like-it", patient).status()).isEqualTo(404);
		assertThat(this.api
			.get("/api/slots?specialty=x&doctorId=" + HOUSE + "&from=" + midnight + "&to="
					+ midnight.plus(Duration.ofDays(1)), patient)
			.status()).isEqualTo(400);
	}

	@Test
	void aMovedAppointmentTakesItsNewSlotAndFreesItsOldOne() throws Exception {
		// another day than the other tests' bookings
		Instant old = at("15:00").plus(Duration.ofDays(2));
		Instant next = old.plus(Duration.ofMinutes(30));
		String oldId = UUID.randomUUID().toString();
		assertThat(claim(old, oldId).status()).isEqualTo(201);
		publish(AppointmentBooked.of(oldId, "p", HOUSE, old, next, "UTC"));
		String newId = UUID.randomUUID().toString();

		publish(AppointmentRescheduled.of(newId, "p", HOUSE, next, next.plus(Duration.ofMinutes(30)), "UTC", oldId, old,
				next));

		awaitFree(this.day.plusDays(2), old.toString(), true);
		assertThat(freeStarts(this.day.plusDays(2))).doesNotContain(next.toString());
		assertThat(claim(next, UUID.randomUUID().toString()).status()).isEqualTo(409);
	}

	@Test
	void changesThatAddFreeTimePublishTheSlotsTheyOpenAndOthersPublishNothing() {
		// a doctor of this test alone, working one weekday, booked a week ahead at most:
		// exactly one date of theirs is bookable
		String doctorId = UUID.randomUUID().toString();
		String schedule = "/api/schedules/" + doctorId;
		LocalDate next = this.day.plusDays(1);
		assertThat(putHours(schedule, "09:00", "11:00")).isEqualTo(200);
		String withdrawn = UUID.randomUUID().toString();
		assertThat(this.api
			.call(HttpMethod.POST, "/internal/slot-claims", service,
					Map.of("doctorId", doctorId, "start", at("10:30").toString(), "appointmentId", withdrawn,
							"patientId", PATIENT_ID))
			.status()).isEqualTo(201);
		// forced shorter hours withdraw the booking, whose claim stays until its
		// cancellation arrives (none here): the slot is not free when the hours come back
		assertThat(putHours(schedule + "?force=true", "09:00", "10:00")).isEqualTo(200);

		assertThat(putHours(schedule, "09:00", "11:00")).as("longer hours").isEqualTo(200);
		assertThat(putHours(schedule, "09:00", "11:00")).as("the same again").isEqualTo(200);
		ApiClient.Response block = this.api.call(HttpMethod.POST, schedule + "/exceptions", admin, Map.of("type",
				"block", "start", at("09:00").toString(), "end", at("09:30").toString(), "reason", "training"));
		assertThat(block.status()).isEqualTo(201);
		assertThat(this.api
			.call(HttpMethod.DELETE, schedule + "/exceptions/" + block.body().get("id").asString(), admin, null)
			.status()).isEqualTo(204);
		assertThat(this.api
			.call(HttpMethod.POST, schedule + "/exceptions", admin, Map.of("type", "override", "date", next.toString(),
					"mode", "add", "hours", List.of(Map.of("start", "12:00", "end", "13:00"))))
			.status()).isEqualTo(201);

		// events of one doctor keep their order: had a change that opens nothing
		// published, its event would stand before the later ones
		assertThat(awaitSlotsOpened(doctorId, 4)).containsExactly(
				List.of(at("09:00"), at("09:30"), at("10:00"), at("10:30")), List.of(at("10:00")), List.of(at("09:00")),
				List.of(Instant.parse(next + "T12:00:00Z"), Instant.parse(next + "T12:30:00Z")));
	}

	int putHours(String path, String start, String end) {
		return this.api.call(HttpMethod.PUT, path, admin, Map.of("timeZone", "UTC", "slotMinutes", 30, "weeklyHours",
				List.of(Map.of("day", this.day.getDayOfWeek().name(), "start", start, "end", end)), "maxDaysAhead", 7))
			.status();
	}

	/**
	 * The starts listed by the first {@code count} {@code schedule.slots-opened} events
	 * of the doctor, in their order on the topic.
	 */
	List<List<Instant>> awaitSlotsOpened(String doctorId, int count) {
		List<List<Instant>> opened = new ArrayList<>();
		try (Consumer<String, String> consumer = this.consumers.createConsumer("it-" + UUID.randomUUID(), null)) {
			consumer.subscribe(List.of(Topics.SCHEDULES));
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (opened.size() < count && System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					if (doctorId.equals(record.key())
							&& EventJson.read(record.value()).orElse(null) instanceof ScheduleSlotsOpened event) {
						assertThat(event.aggregateId()).isEqualTo(doctorId);
						opened.add(event.slots().stream().map(ScheduleSlotsOpened.OpenedSlot::start).toList());
					}
				}
			}
		}
		return opened;
	}

	@Test
	void aDoctorIsFoundUnderTheDepartmentOfTheirLatestProfileAndNowhereOnceDeactivated() throws Exception {
		String doctorId = UUID.randomUUID().toString();
		String first = "dep-" + UUID.randomUUID().toString().substring(0, 8);
		String second = "dep-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(this.api
			.call(HttpMethod.PUT, "/api/schedules/" + doctorId, admin,
					Map.of("timeZone", "UTC", "slotMinutes", 30, "weeklyHours", everyDay("08:00", "18:00")))
			.status()).isEqualTo(200);
		Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);

		publishDoctor(profile(doctorId, first, true, t));
		assertThat(awaitDepartmentSlots(first, true)).allMatch(doctorId::equals);
		publishDoctor(profile(doctorId, second, true, t.plusSeconds(2)));
		assertThat(awaitDepartmentSlots(second, true)).allMatch(doctorId::equals);
		assertThat(awaitDepartmentSlots(first, false)).isEmpty();
		ApiClient.Response firstOfDepartment = this.api.get("/api/slots/first?departmentId=" + second, patient);
		assertThat(firstOfDepartment.status()).isEqualTo(200);
		assertThat(firstOfDepartment.body().get("doctorId").asString()).isEqualTo(doctorId);

		// an older profile arriving late changes nothing
		DoctorUpdated older = profile(doctorId, first, true, t.plusSeconds(1));
		publishDoctor(older);
		awaitProcessed(older);
		assertThat(departmentSlots(first)).isEmpty();
		assertThat(departmentSlots(second)).isNotEmpty();

		publishDoctor(profile(doctorId, second, false, t.plusSeconds(3)));
		assertThat(awaitDepartmentSlots(second, false)).isEmpty();
		assertThat(freeStartsOf(doctorId, this.day)).isEmpty();
		assertThat(this.api.get("/api/slots/first?doctorId=" + doctorId, patient).status()).isEqualTo(404);
		assertThat(this.api
			.get("/api/slots?departmentId=x&specialty=y&from=" + at("00:00") + "&to=" + at("12:00"), patient)
			.status()).isEqualTo(400);
	}

	@Test
	void retiringADoctorWithBookingsIsAConflictUnlessForcedAndThenTheirSlotsAreGone() {
		String doctorId = UUID.randomUUID().toString();
		assertThat(this.api
			.call(HttpMethod.PUT, "/api/schedules/" + doctorId, admin,
					Map.of("timeZone", "UTC", "slotMinutes", 30, "weeklyHours", everyDay("08:00", "18:00")))
			.status()).isEqualTo(200);
		String appointmentId = UUID.randomUUID().toString();
		assertThat(
				this.api
					.call(HttpMethod.POST, "/internal/slot-claims", service,
							Map.of("doctorId", doctorId, "start", at("09:00").toString(), "appointmentId",
									appointmentId, "patientId", PATIENT_ID))
					.status())
			.isEqualTo(201);
		String retirement = "/internal/doctors/" + doctorId + "/retirement";

		assertThat(this.api.call(HttpMethod.POST, retirement + "?force=true", admin, null).status()).isEqualTo(403);
		assertThat(this.api.call(HttpMethod.POST, retirement + "?force=true", doctor, null).status()).isEqualTo(403);
		assertThat(this.api.call(HttpMethod.POST, retirement, null, null).status()).isEqualTo(401);
		ApiClient.Response refused = this.api.call(HttpMethod.POST, retirement + "?force=false", service, null);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body().get("total").asInt()).isEqualTo(1);
		assertThat(refused.body().get("appointments").get(0).get("appointmentId").asString()).isEqualTo(appointmentId);
		assertThat(refused.body().get("appointments").get(0).get("start").asString()).isEqualTo(at("09:00").toString());
		assertThat(freeStartsOf(doctorId, this.day)).hasSize(19);

		assertThat(this.api.call(HttpMethod.POST, retirement + "?force=true", service, null).status()).isEqualTo(204);

		ScheduleBookingsWithdrawn withdrawn = awaitWithdrawalOf(doctorId, appointmentId);
		assertThat(withdrawn.reason()).isEqualTo("doctor-unavailable");
		assertThat(freeStartsOf(doctorId, this.day)).isEmpty();
		assertThat(this.api.get("/api/slots/first?doctorId=" + doctorId, patient).status()).isEqualTo(404);
		ApiClient.Response claim = this.api.call(HttpMethod.POST, "/internal/slot-claims", service,
				Map.of("doctorId", doctorId, "start", at("10:00").toString(), "appointmentId",
						UUID.randomUUID().toString(), "patientId", PATIENT_ID));
		assertThat(claim.status()).isEqualTo(422);
		assertThat(claim.body().get("rule").asString()).isEqualTo("unavailable");
		assertThat(this.api.call(HttpMethod.POST, retirement, service, null).status()).as("again").isEqualTo(204);
		assertThat(
				this.api.call(HttpMethod.POST, "/internal/doctors/" + UUID.randomUUID() + "/retirement", service, null)
					.status())
			.as("a doctor without a schedule")
			.isEqualTo(204);
	}

	static DoctorUpdated profile(String doctorId, String departmentId, boolean active, Instant occurredAt) {
		return new DoctorUpdated(UUID.randomUUID(), doctorId, occurredAt, 1, "Lisa", "Cuddy", "Endocrinology",
				departmentId, active);
	}

	void publishDoctor(CareFlowEvent event) throws Exception {
		this.kafka.send(Topics.DOCTORS, event.aggregateId(), EventJson.write(event)).get();
	}

	void awaitProcessed(CareFlowEvent event) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (this.mongo.findById(event.eventId().toString(), Document.class, "processed_events") == null) {
			assertThat(System.nanoTime()).as("event applied within 30 s").isLessThan(deadline);
			Thread.sleep(100);
		}
	}

	/** The doctors of the free slots of the department on the test's day. */
	List<String> departmentSlots(String departmentId) {
		Instant midnight = this.day.atStartOfDay(ZoneOffset.UTC).toInstant();
		ApiClient.Response found = this.api.get("/api/slots?departmentId=" + departmentId + "&from=" + midnight + "&to="
				+ midnight.plus(Duration.ofDays(1)) + "&size=5", nurse);
		assertThat(found.status()).isEqualTo(200);
		List<String> doctors = new ArrayList<>();
		found.body().forEach(slot -> doctors.add(slot.get("doctorId").asString()));
		return doctors;
	}

	List<String> awaitDepartmentSlots(String departmentId, boolean any) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		List<String> doctors = departmentSlots(departmentId);
		while (doctors.isEmpty() == any && System.nanoTime() < deadline) {
			Thread.sleep(200);
			doctors = departmentSlots(departmentId);
		}
		assertThat(doctors.isEmpty()).as("slots of " + departmentId + " found").isNotEqualTo(any);
		return doctors;
	}

	List<String> freeStartsOf(String doctorId, LocalDate date) {
		Instant midnight = date.atStartOfDay(ZoneOffset.UTC).toInstant();
		ApiClient.Response slots = this.api.get(
				"/api/slots?doctorId=" + doctorId + "&from=" + midnight + "&to=" + midnight.plus(Duration.ofDays(1)),
				patient);
		assertThat(slots.status()).isEqualTo(200);
		List<String> starts = new ArrayList<>();
		slots.body().forEach(slot -> starts.add(slot.get("start").asString()));
		return starts;
	}

	/**
	 * An integrator's view: the document is public (no token) and leaves out no endpoint
	 * the service answers.
	 */
	@Test
	void theOpenApiDocumentIsPublicAndDescribesEveryEndpoint(
			@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		ApiClient.Response document = new ApiClient(this.port).get("/v3/api-docs", null);

		assertThat(document.status()).isEqualTo(200);
		assertThat(document.body().path("components").path("securitySchemes").has("keycloak")).isTrue();
		OpenApiCoverage.assertDocumentsEveryEndpoint(mappings, document.body());
	}

}
