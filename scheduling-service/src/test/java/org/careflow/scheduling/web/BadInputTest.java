package org.careflow.scheduling.web;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.careflow.scheduling.availability.DoctorAvailability;
import org.careflow.scheduling.availability.Schedules;
import org.careflow.scheduling.availability.SchedulesMocks;
import org.careflow.scheduling.availability.WeeklySchedule;
import org.careflow.scheduling.availability.WorkingHours;
import org.careflow.scheduling.claims.ClaimStoreMocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Broken and hostile input, as the security probe sent it and worse, against every
 * endpoint: whatever arrives, the answer is a small 4xx — 400 naming the field where
 * there is one, 413 for a body above the platform's limit, never a 5xx — and nothing is
 * stored. Each case changes one thing in a request that is otherwise accepted
 * ({@link #theRequestsTheCasesStartFromAreAccepted}).
 */
@SchedulingWebSlice
class BadInputTest {

	/** The platform's default {@code careflow.web.max-request-body}. */
	static final int BODY_LIMIT = 64 * 1024;

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	static final String DOCTOR = "doctor-1";

	static final String HUGE = "x".repeat(10_000);

	static final String NESTED = "[".repeat(10_000) + "]".repeat(10_000);

	@Autowired
	MockMvc mvc;

	@Autowired
	Schedules schedules;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void aDoctorWithMondayMornings() {
		SchedulesMocks.acceptWrites(this.schedules);
		SchedulesMocks.stored(this.schedules, DoctorAvailability.of(WeeklySchedule.of(DOCTOR, "Europe/Paris", 30,
				List.of(new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))))));
	}

	@Test
	void theRequestsTheCasesStartFromAreAccepted() throws Exception {
		assertThat(send(putSchedule(schedule())).getStatus()).isEqualTo(200);
		assertThat(send(slots(DOCTOR, tomorrow(), tomorrow().plus(Duration.ofDays(7)))).getStatus()).isEqualTo(200);
		assertThat(send(postClaim(claim())).getStatus()).isEqualTo(201);
		assertThat(send(postRelease(release())).getStatus()).isEqualTo(200);
		assertThat(send(postException(block())).getStatus()).isEqualTo(201);
		assertThat(send(postException(override())).getStatus()).isEqualTo(201);
		assertThat(send(postHold(hold())).getStatus()).isEqualTo(201);
		assertThat(send(postServiceHold(serviceHold())).getStatus()).isEqualTo(201);
		assertThat(send(postHoldRelease(Map.of("holdId", "hold-1"))).getStatus()).isEqualTo(200);
		assertThat(send(slotsOfSpecialty("Cardiology", tomorrow(), tomorrow().plus(Duration.ofDays(14)))).getStatus())
			.isEqualTo(200);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource({ "schedules", "slotQueries", "claims", "releases", "exceptions", "holds", "serviceHolds",
			"searches" })
	void badInputIsAnsweredWithA400NamingTheFieldAndNothingIsStored(String name, MockHttpServletRequestBuilder request,
			String field) throws Exception {
		MockHttpServletResponse response = send(request);

		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
		assertThat(response.getContentType()).as(name).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		// no echo of the input: the answer stays small whatever was sent (but for the
		// request path, which a problem names as its instance)
		ObjectNode problem = (ObjectNode) JSON.readTree(response.getContentAsString());
		problem.remove("instance");
		assertThat(JSON.writeValueAsString(problem)).hasSizeLessThan(2_000);
		List<String> fields = fieldsNamedBy(response);
		assertThat(fields).hasSizeLessThanOrEqualTo(20);
		if (field != null) {
			assertThat(fields).as("fields named").contains(field);
		}
		assertNothingStored();
	}

	/**
	 * Spring Security's firewall refuses such paths before any handler: a plain 400,
	 * without a problem document.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("pathsWithControlCharacters")
	void pathsWithControlCharactersAreRefused(String name, MockHttpServletRequestBuilder request) throws Exception {
		assertThat(send(request).getStatus()).isEqualTo(400);
		assertNothingStored();
	}

	static Stream<Arguments> pathsWithControlCharacters() {
		return Stream.of(Arguments.of("a schedule written", putSchedule("doctor\u0000\u0007-1", json(schedule()))),
				Arguments.of("a schedule read", get("/api/schedules/{id}", "doctor\r\n1").with(as("patient"))));
	}

	/**
	 * The probe that exhausted the heap: every range compared with every other. The
	 * platform refuses a body of that size before anything reads it.
	 */
	@Test
	void theFiveThousandRangeProbeIsRefusedUnread() throws Exception {
		String body = json(schedule("weeklyHours", sameRange(5_000)));
		assertThat(body.length()).isGreaterThan(BODY_LIMIT);

		MockHttpServletResponse response = send(putSchedule(body));

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		then(this.schedules).shouldHaveNoInteractions();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("oversizedBodies")
	void bodiesAboveTheLimitAreRefusedUnread(String name, MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = send(request);

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentAsString()).hasSizeLessThan(2_000);
		then(this.schedules).shouldHaveNoInteractions();
		assertNothingStored();
	}

	@Test
	void aScheduleWithSixtyNineClashesIsToldTheFirstTwenty() throws Exception {
		MockHttpServletResponse response = send(putSchedule(schedule("weeklyHours", sameRange(70))));

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(fieldsNamedBy(response)).hasSize(20).first().isEqualTo("weeklyHours[1]");
		assertNothingStored();
	}

	static Stream<Arguments> schedules() {
		return Stream.of(
				bad("71 ranges, one more than a week may have", putSchedule(schedule("weeklyHours", sameRange(71))),
						"weeklyHours"),
				bad("1,300 ranges, just under the body limit", putSchedule(withinLimit(sameRange(1_300))),
						"weeklyHours"),
				bad("weeklyHours is not a list", putSchedule(schedule("weeklyHours", "MONDAY 09:00-12:00")),
						"weeklyHours"),
				bad("a range is null", putSchedule(schedule("weeklyHours", Collections.singletonList(null))),
						"weeklyHours[0]"),
				bad("a range is a number", putSchedule(schedule("weeklyHours", List.of(42))), "weeklyHours[0]"),
				bad("no ranges", putSchedule(schedule("weeklyHours", List.of())), "weeklyHours"),
				bad("slotMinutes is a word", putSchedule(schedule("slotMinutes", "thirty")), "slotMinutes"),
				bad("slotMinutes is a string of digits", putSchedule(schedule("slotMinutes", "30")), "slotMinutes"),
				bad("slotMinutes has a fraction", putSchedule(schedule("slotMinutes", 30.5)), "slotMinutes"),
				bad("slotMinutes is beyond any integer", putSchedule(rawSchedule("\"slotMinutes\":1e30")),
						"slotMinutes"),
				bad("slotMinutes has forty digits", putSchedule(rawSchedule("\"slotMinutes\":" + "9".repeat(40))),
						"slotMinutes"),
				bad("slotMinutes is the largest int", putSchedule(schedule("slotMinutes", Integer.MAX_VALUE)),
						"slotMinutes"),
				bad("slotMinutes is negative", putSchedule(schedule("slotMinutes", -30)), "slotMinutes"),
				bad("slotMinutes is an object", putSchedule(schedule("slotMinutes", Map.of("value", 30))),
						"slotMinutes"),
				bad("timeZone is an array", putSchedule(schedule("timeZone", List.of("Europe/Paris"))), "timeZone"),
				bad("timeZone is 10,000 characters", putSchedule(schedule("timeZone", HUGE)), "timeZone"),
				bad("timeZone has control characters", putSchedule(schedule("timeZone", "Europe/Paris\u0000\n")),
						"timeZone"),
				bad("timeZone is not IANA", putSchedule(schedule("timeZone", "Mars/Olympus")), "timeZone"),
				bad("timeZone nests 10,000 arrays", putSchedule(rawSchedule("\"timeZone\":" + NESTED)), "timeZone"),
				bad("day has a newline",
						putSchedule(schedule("weeklyHours", List.of(range("MONDAY\n", "09:00", "12:00")))),
						"weeklyHours[0].day"),
				bad("day is 10,000 characters",
						putSchedule(schedule("weeklyHours", List.of(range(HUGE, "09:00", "12:00")))),
						"weeklyHours[0].day"),
				bad("time is 24:00", putSchedule(schedule("weeklyHours", List.of(range("MONDAY", "09:00", "24:00")))),
						"weeklyHours[0].end"),
				bad("time has nanoseconds",
						putSchedule(schedule("weeklyHours", List.of(range("MONDAY", "09:00:00.000000001", "12:00")))),
						"weeklyHours[0].start"),
				bad("an unknown field nests 10,000 arrays", putSchedule(rawSchedule("\"comment\":" + NESTED)), null),
				bad("the body nests 30,000 arrays", putSchedule("[".repeat(30_000)), null),
				bad("the body is the JSON null", putSchedule("null"), null),
				bad("the body is empty", putSchedule(""), null),
				bad("the body is not JSON", putSchedule("{timeZone: Europe/Paris"), null),
				bad("the body is a list", putSchedule("[" + json(schedule()) + "]"), null),
				bad("doctorId is 10,000 characters", putSchedule(HUGE, json(schedule())), "doctorId"),
				bad("doctorId has a space", putSchedule("doctor 1", json(schedule())), "doctorId"),
				bad("doctorId is not ASCII", putSchedule("d\u00f6ctor", json(schedule())), "doctorId"),
				bad("a bad doctorId and a bad range are both named",
						putSchedule("doctor 1",
								json(schedule("weeklyHours", List.of(range("FUNDAY", "09:00", "12:00"))))),
						"weeklyHours[0].day"),
				bad("minNoticeMinutes is negative", putSchedule(schedule("minNoticeMinutes", -1)), "minNoticeMinutes"),
				bad("minNoticeMinutes beyond a week", putSchedule(schedule("minNoticeMinutes", 10_081)),
						"minNoticeMinutes"),
				bad("maxDaysAhead is zero", putSchedule(schedule("maxDaysAhead", 0)), "maxDaysAhead"),
				bad("maxDaysAhead beyond a year", putSchedule(schedule("maxDaysAhead", 366)), "maxDaysAhead"),
				bad("maxDaysAhead is a string", putSchedule(schedule("maxDaysAhead", "90")), "maxDaysAhead"),
				bad("bufferMinutes beyond 240", putSchedule(schedule("bufferMinutes", 241)), "bufferMinutes"),
				bad("bufferMinutes has forty digits", putSchedule(rawSchedule("\"bufferMinutes\":" + "9".repeat(40))),
						"bufferMinutes"),
				bad("force is not a boolean", putSchedule(schedule()).param("force", "maybe"), "force"),
				bad("doctorId of 65 characters in a read",
						get("/api/schedules/{id}", "d".repeat(65)).with(as("patient")), "doctorId"));
	}

	static Stream<Arguments> slotQueries() {
		Instant from = tomorrow();
		Instant to = from.plus(Duration.ofDays(1));
		return Stream.of(
				bad("from in the year 1,000,000,000", slots(DOCTOR, "+1000000000-01-01T00:00:00Z", to), "from"),
				bad("from in the year -1,000,000,000", slots(DOCTOR, "-1000000000-01-01T00:00:00Z", to), "from"),
				bad("from at the last instant there is",
						slots(DOCTOR, "+1000000000-12-31T23:59:59.999999999Z", to.toString()), "from"),
				bad("from beyond the last instant there is", slots(DOCTOR, "+1000000001-01-01T00:00:00Z", to), "from"),
				bad("from and to both a billion years ahead",
						slots(DOCTOR, "+1000000000-01-01T00:00:00Z", "+1000000000-01-02T00:00:00Z"), "from"),
				bad("to in the year 1,000,000,000", slots(DOCTOR, from.toString(), "+1000000000-01-01T00:00:00Z"),
						"to"),
				bad("from on February 30th", slots(DOCTOR, "2026-02-30T00:00:00Z", to), "from"),
				bad("from as the largest epoch milli", slots(DOCTOR, String.valueOf(Long.MAX_VALUE), to), "from"),
				bad("from as a twenty-digit number", slots(DOCTOR, "9".repeat(20), to), "from"),
				bad("from with a control character", slots(DOCTOR, from + "\u0000", to), "from"),
				bad("from two years ago", slots(DOCTOR, from.minus(Duration.ofDays(730)), from), "from"),
				bad("to three years ahead", slots(DOCTOR, from, from.plus(Duration.ofDays(3 * 365))), "to"),
				bad("a window of a year", slots(DOCTOR, from, from.plus(Duration.ofDays(365))), "to"),
				bad("a window of 31 days and a second",
						slots(DOCTOR, from, from.plus(Duration.ofDays(31).plusSeconds(1))), "to"),
				bad("to before from", slots(DOCTOR, from, from.minusSeconds(1)), "to"),
				bad("an empty window", slots(DOCTOR, from, from), "to"),
				bad("from missing",
						get("/api/slots").param("doctorId", DOCTOR).param("to", to.toString()).with(as("patient")),
						"from"),
				bad("doctorId missing",
						get("/api/slots").param("from", from.toString()).param("to", to.toString()).with(as("patient")),
						"doctorId"),
				bad("doctorId is 10,000 characters", slots(HUGE, from, to), "doctorId"),
				bad("doctorId has control characters", slots("doctor-1\r\nX-Injected: 1", from, to), "doctorId"),
				bad("doctorId is a path", slots("../../etc/passwd", from, to), "doctorId"),
				bad("doctorId is empty", slots("", from, to), "doctorId"));
	}

	static Stream<Arguments> claims() {
		Instant start = nextMondayAtNine();
		return Stream.of(
				bad("start in the year 1,000,000,000", postClaim(claim("start", "+1000000000-01-01T09:00:00Z")),
						"start"),
				bad("start in the year -1,000,000,000", postClaim(claim("start", "-1000000000-01-01T09:00:00Z")),
						"start"),
				bad("start at the last instant there is",
						postClaim(claim("start", "+1000000000-12-31T23:59:59.999999999Z")), "start"),
				bad("start three years ahead",
						postClaim(claim("start", start.plus(Duration.ofDays(3 * 365)).toString())), "start"),
				bad("start two days ago", postClaim(claim("start", Instant.now().minus(Duration.ofDays(2)).toString())),
						"start"),
				bad("start on February 30th", postClaim(claim("start", "2026-02-30T09:00:00Z")), "start"),
				bad("start as 1e30 seconds", postClaim(rawClaim("\"start\":1e30")), "start"),
				bad("start as the largest long", postClaim(rawClaim("\"start\":" + Long.MAX_VALUE)), "start"),
				bad("start as an object", postClaim(claim("start", Map.of("epochSecond", 1))), "start"),
				bad("start missing", postClaim(claim("start", null)), "start"),
				bad("doctorId is 10,000 characters", postClaim(claim("doctorId", HUGE)), "doctorId"),
				bad("doctorId has control characters", postClaim(claim("doctorId", "doctor-1\u0000")), "doctorId"),
				bad("doctorId is a list", postClaim(claim("doctorId", List.of(DOCTOR))), "doctorId"),
				bad("patientId missing", postClaim(claim("patientId", null)), "patientId"),
				bad("patientId blank", postClaim(claim("patientId", "  ")), "patientId"),
				bad("patientId of 65 characters", postClaim(claim("patientId", "p".repeat(65))), "patientId"),
				bad("appointmentId is 10,000 characters", postClaim(claim("appointmentId", HUGE)), "appointmentId"),
				bad("appointmentId nests 10,000 arrays", postClaim(rawClaim("\"appointmentId\":" + NESTED)),
						"appointmentId"),
				bad("the body is a list", postClaim("[]"), null), bad("the body is a number", postClaim("42"), null));
	}

	/**
	 * The release takes the claim's bounds: its doctor id, its start range, its id
	 * length.
	 */
	static Stream<Arguments> releases() {
		Instant start = nextMondayAtNine();
		return Stream.of(
				bad("start in the year 1,000,000,000", postRelease(release("start", "+1000000000-01-01T09:00:00Z")),
						"start"),
				bad("start three years ahead",
						postRelease(release("start", start.plus(Duration.ofDays(3 * 365)).toString())), "start"),
				bad("start two days ago",
						postRelease(release("start", Instant.now().minus(Duration.ofDays(2)).toString())), "start"),
				bad("start on February 30th", postRelease(release("start", "2026-02-30T09:00:00Z")), "start"),
				bad("start missing", postRelease(release("start", null)), "start"),
				bad("doctorId missing", postRelease(release("doctorId", null)), "doctorId"),
				bad("doctorId is 10,000 characters", postRelease(release("doctorId", HUGE)), "doctorId"),
				bad("doctorId has control characters", postRelease(release("doctorId", "doctor-1\u0000")), "doctorId"),
				bad("appointmentId missing", postRelease(release("appointmentId", null)), "appointmentId"),
				bad("appointmentId blank", postRelease(release("appointmentId", " ")), "appointmentId"),
				bad("appointmentId of 65 characters", postRelease(release("appointmentId", "a".repeat(65))),
						"appointmentId"),
				bad("appointmentId is a list", postRelease(release("appointmentId", List.of("a"))), "appointmentId"),
				bad("the body is empty", postRelease(""), null), bad("the body is a list", postRelease("[]"), null));
	}

	static Stream<Arguments> exceptions() {
		Instant start = nextMondayAtNine();
		return Stream.of(bad("type missing", postException(block("type", null)), "type"),
				bad("type unknown", postException(block("type", "holiday")), "type"),
				bad("reason is free text", postException(block("reason", "my back hurts")), "reason"),
				bad("reason missing from a block", postException(block("reason", null)), "reason"),
				bad("start missing from a block", postException(block("start", null)), "start"),
				bad("end before start", postException(block("end", start.minusSeconds(60).toString())), "end"),
				bad("a block of a year", postException(block("end", start.plus(Duration.ofDays(365)).toString())),
						"end"),
				bad("a block a billion years ahead", postException(block("start", "+1000000000-01-01T00:00:00Z")),
						"start"),
				bad("a block that ended",
						postException(block(Map.of("start", Instant.now().minus(Duration.ofDays(3)).toString(), "end",
								Instant.now().minus(Duration.ofDays(2)).toString()))),
						"end"),
				bad("start as the largest long", postException(rawBlock("\"start\":" + Long.MAX_VALUE)), "start"),
				bad("date on February 30th", postException(override("date", "2030-02-30")), "date"),
				bad("date in the past", postException(override("date", "2020-01-06")), "date"),
				bad("date with a time", postException(override("date", "2030-01-06T00:00")), "date"),
				bad("date of 10,000 characters", postException(override("date", HUGE)), "date"),
				bad("mode unknown", postException(override("mode", "merge")), "mode"),
				bad("hours missing from an override", postException(override("hours", null)), "hours"),
				bad("11 ranges of hours",
						postException(
								override("hours", Collections.nCopies(11, Map.of("start", "09:00", "end", "12:00")))),
						"hours"),
				bad("1,300 ranges just under the body limit",
						postException(override("hours",
								Collections.nCopies(1_300, Map.of("start", "09:00", "end", "12:00")))),
						"hours"),
				bad("a time of 24:00",
						postException(override("hours", List.of(Map.of("start", "09:00", "end", "24:00")))),
						"hours[0].end"),
				bad("overlapping ranges",
						postException(override("hours",
								List.of(Map.of("start", "09:00", "end", "12:00"),
										Map.of("start", "11:00", "end", "13:00")))),
						"hours[1]"),
				bad("adding no hours", postException(override("hours", List.of())), "hours"),
				bad("the body nests 10,000 arrays", postException(NESTED), null),
				bad("doctorId has a space", postException("doctor 1", json(block())), "doctorId"),
				bad("force is not a boolean", postException(DOCTOR, json(block())).param("force", "sometimes"),
						"force"),
				bad("an exception id of 65 characters",
						delete("/api/schedules/{d}/exceptions/{id}", DOCTOR, "e".repeat(65)).with(as("admin")),
						"exceptionId"),
				bad("an exception id with a dot",
						delete("/api/schedules/{d}/exceptions/{id}", DOCTOR, "e.1").with(as("admin")), "exceptionId"),
				bad("a doctor id of 65 characters in a read",
						get("/api/schedules/{d}/exceptions", "d".repeat(65)).with(as("admin")), "doctorId"));
	}

	static Stream<Arguments> holds() {
		return Stream.of(bad("start missing", postHold(hold("start", null)), "start"),
				bad("start in the year 1,000,000,000", postHold(hold("start", "+1000000000-01-01T09:00:00Z")), "start"),
				bad("start two days ago", postHold(hold("start", Instant.now().minus(Duration.ofDays(2)).toString())),
						"start"),
				bad("doctorId missing", postHold(hold("doctorId", null)), "doctorId"),
				bad("doctorId is 10,000 characters", postHold(hold("doctorId", HUGE)), "doctorId"),
				bad("doctorId is a list", postHold(hold("doctorId", List.of(DOCTOR))), "doctorId"),
				bad("the body is a list", postHold("[]"), null),
				bad("a hold id of 65 characters", delete("/api/slots/holds/{id}", "h".repeat(65)).with(as("patient")),
						"holdId"),
				bad("a hold id with control characters", delete("/api/slots/holds/{id}", "h\u0001").with(as("patient")),
						"holdId"),
				bad("a claim naming a hold id of 65 characters", postClaim(claim("holdId", "h".repeat(65))), "holdId"),
				bad("a claim naming a hold id with a slash", postClaim(claim("holdId", "../h")), "holdId"));
	}

	/** A service's hold for a patient: the claim's bounds, and its own time. */
	static Stream<Arguments> serviceHolds() {
		return Stream.of(bad("ttlSeconds missing", postServiceHold(serviceHold("ttlSeconds", null)), "ttlSeconds"),
				bad("ttlSeconds 59", postServiceHold(serviceHold("ttlSeconds", 59)), "ttlSeconds"),
				bad("ttlSeconds a day and a second", postServiceHold(serviceHold("ttlSeconds", 86_401)), "ttlSeconds"),
				bad("ttlSeconds negative", postServiceHold(serviceHold("ttlSeconds", -900)), "ttlSeconds"),
				bad("ttlSeconds has a fraction", postServiceHold(serviceHold("ttlSeconds", 900.5)), "ttlSeconds"),
				bad("ttlSeconds is a string of digits", postServiceHold(serviceHold("ttlSeconds", "900")),
						"ttlSeconds"),
				bad("ttlSeconds has forty digits", postServiceHold(rawServiceHold("\"ttlSeconds\":" + "9".repeat(40))),
						"ttlSeconds"),
				bad("ttlSeconds is 1e30", postServiceHold(rawServiceHold("\"ttlSeconds\":1e30")), "ttlSeconds"),
				bad("ttlSeconds is the largest int", postServiceHold(serviceHold("ttlSeconds", Integer.MAX_VALUE)),
						"ttlSeconds"),
				bad("start missing", postServiceHold(serviceHold("start", null)), "start"),
				bad("start in the year 1,000,000,000",
						postServiceHold(serviceHold("start", "+1000000000-01-01T09:00:00Z")), "start"),
				bad("start two days ago",
						postServiceHold(serviceHold("start", Instant.now().minus(Duration.ofDays(2)).toString())),
						"start"),
				bad("start three years ahead",
						postServiceHold(
								serviceHold("start", nextMondayAtNine().plus(Duration.ofDays(3 * 365)).toString())),
						"start"),
				bad("doctorId missing", postServiceHold(serviceHold("doctorId", null)), "doctorId"),
				bad("doctorId of 65 characters", postServiceHold(serviceHold("doctorId", "d".repeat(65))), "doctorId"),
				bad("doctorId has control characters", postServiceHold(serviceHold("doctorId", "doctor-1\u0000")),
						"doctorId"),
				bad("patientId missing", postServiceHold(serviceHold("patientId", null)), "patientId"),
				bad("patientId blank", postServiceHold(serviceHold("patientId", "  ")), "patientId"),
				bad("patientId of 65 characters", postServiceHold(serviceHold("patientId", "p".repeat(65))),
						"patientId"),
				bad("patientId is a list", postServiceHold(serviceHold("patientId", List.of("p"))), "patientId"),
				bad("the body is a list", postServiceHold("[]"), null),
				bad("a release without holdId", postHoldRelease("{}"), "holdId"),
				bad("a release of a blank holdId", postHoldRelease(Map.of("holdId", " ")), "holdId"),
				bad("a release of an empty holdId", postHoldRelease(Map.of("holdId", "")), "holdId"),
				bad("a release of a holdId of 65 characters", postHoldRelease(Map.of("holdId", "h".repeat(65))),
						"holdId"),
				bad("a release of a holdId of 10,000 characters", postHoldRelease(Map.of("holdId", HUGE)), "holdId"),
				bad("a release of a holdId that is an object", postHoldRelease(Map.of("holdId", Map.of("$ne", ""))),
						"holdId"),
				bad("a release whose body is a list", postHoldRelease("[]"), null));
	}

	static Stream<Arguments> searches() {
		Instant from = tomorrow();
		return Stream.of(
				bad("neither doctorId nor specialty",
						get("/api/slots").param("from", from.toString())
							.param("to", from.plus(Duration.ofDays(1)).toString())
							.with(as("patient")),
						"doctorId"),
				bad("both doctorId and specialty",
						slots(DOCTOR, from, from.plus(Duration.ofDays(1))).param("specialty", "Cardiology"),
						"specialty"),
				bad("a specialty window of 15 days",
						slotsOfSpecialty("Cardiology", from, from.plus(Duration.ofDays(15))), "to"),
				bad("a specialty of 101 characters",
						slotsOfSpecialty("c".repeat(101), from, from.plus(Duration.ofDays(1))), "specialty"),
				bad("a specialty that is a regular expression",
						slotsOfSpecialty(".*", from, from.plus(Duration.ofDays(1))), "specialty"),
				bad("a specialty with a line break",
						slotsOfSpecialty("Cardio\nlogy", from, from.plus(Duration.ofDays(1))), "specialty"),
				bad("size 101",
						slotsOfSpecialty("Cardiology", from, from.plus(Duration.ofDays(1))).param("size", "101"),
						"size"),
				bad("size 0", slotsOfSpecialty("Cardiology", from, from.plus(Duration.ofDays(1))).param("size", "0"),
						"size"),
				bad("page -1", slotsOfSpecialty("Cardiology", from, from.plus(Duration.ofDays(1))).param("page", "-1"),
						"page"),
				bad("page of forty digits",
						slotsOfSpecialty("Cardiology", from, from.plus(Duration.ofDays(1))).param("page",
								"9".repeat(40)),
						"page"),
				bad("size of a doctor's slots 101",
						slots(DOCTOR, from, from.plus(Duration.ofDays(1))).param("size", "101"), "size"),
				bad("first without doctorId or specialty", get("/api/slots/first").with(as("patient")), "doctorId"),
				bad("first of a specialty that is a regular expression",
						get("/api/slots/first").param("specialty", "^(a+)+$").with(as("patient")), "specialty"),
				bad("first of a doctor id with control characters",
						get("/api/slots/first").param("doctorId", "d\u0000").with(as("patient")), "doctorId"),
				bad("a departmentId of 65 characters",
						slotsOfDepartment("d".repeat(65), from, from.plus(Duration.ofDays(1))), "departmentId"),
				bad("a departmentId that is a regular expression",
						slotsOfDepartment(".*", from, from.plus(Duration.ofDays(1))), "departmentId"),
				bad("a department window of 15 days", slotsOfDepartment("dep-a", from, from.plus(Duration.ofDays(15))),
						"to"),
				bad("both specialty and departmentId",
						slotsOfSpecialty("Cardiology", from, from.plus(Duration.ofDays(1))).param("departmentId",
								"dep-a"),
						"departmentId"),
				bad("first of a doctor and a department",
						get("/api/slots/first").param("doctorId", DOCTOR)
							.param("departmentId", "dep-a")
							.with(as("patient")),
						"departmentId"),
				bad("first of a departmentId with a line break",
						get("/api/slots/first").param("departmentId", "dep\na").with(as("patient")), "departmentId"),
				bad("a retirement of a doctorId of 65 characters",
						post("/internal/doctors/{doctorId}/retirement", "d".repeat(65)).with(as("service")),
						"doctorId"),
				bad("a retirement with force not a boolean",
						post("/internal/doctors/{doctorId}/retirement", DOCTOR).param("force", "maybe")
							.with(as("service")),
						"force"));
	}

	private static MockHttpServletRequestBuilder slotsOfDepartment(String departmentId, Object from, Object to) {
		return get("/api/slots").param("departmentId", departmentId)
			.param("from", String.valueOf(from))
			.param("to", String.valueOf(to))
			.with(as("patient"));
	}

	static Stream<Arguments> oversizedBodies() {
		String padding = "x".repeat(BODY_LIMIT);
		return Stream.of(Arguments.of("a schedule with a 64 KiB timeZone", putSchedule(schedule("timeZone", padding))),
				Arguments.of("a schedule with a 64 KiB unknown field", putSchedule(schedule("comment", padding))),
				Arguments.of("a claim with a 64 KiB patientId", postClaim(claim("patientId", padding))),
				Arguments.of("a release with a 64 KiB appointmentId", postRelease(release("appointmentId", padding))),
				Arguments.of("an exception with a 64 KiB reason", postException(block("reason", padding))),
				Arguments.of("a hold with a 64 KiB doctorId", postHold(hold("doctorId", padding))),
				Arguments.of("a service's hold with a 64 KiB patientId",
						postServiceHold(serviceHold("patientId", padding))),
				Arguments.of("a hold release with a 64 KiB holdId", postHoldRelease(Map.of("holdId", padding))));
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private void assertNothingStored() {
		SchedulesMocks.assertNothingWritten(this.schedules);
		ClaimStoreMocks.assertNothingWritten(this.context);
	}

	private static List<String> fieldsNamedBy(MockHttpServletResponse response) throws Exception {
		List<String> fields = new ArrayList<>();
		JsonNode errors = JSON.readTree(response.getContentAsString()).path("errors");
		// the platform writes paths of unreadable JSON as weeklyHours.[0], bean
		// validation as weeklyHours[0]
		errors.forEach(error -> fields.add(error.get("field").asString().replace(".[", "[")));
		return fields;
	}

	private static Arguments bad(String name, MockHttpServletRequestBuilder request, String field) {
		return Arguments.of(name, request, field);
	}

	private static RequestPostProcessor as(String role) {
		return jwt().authorities(new SimpleGrantedAuthority("ROLE_" + role));
	}

	private static Instant tomorrow() {
		return Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
	}

	private static Instant nextMondayAtNine() {
		return ZonedDateTime.now(PARIS)
			.plusDays(1)
			.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
			.with(LocalTime.of(9, 0))
			.toInstant();
	}

	// request builders: each case changes one thing in an accepted request

	private static MockHttpServletRequestBuilder putSchedule(Object body) {
		return putSchedule(DOCTOR, (body instanceof String json) ? json : json(body));
	}

	private static MockHttpServletRequestBuilder putSchedule(String doctorId, String json) {
		return put("/api/schedules/{doctorId}", doctorId).contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.with(as("admin"));
	}

	private static MockHttpServletRequestBuilder slots(String doctorId, Object from, Object to) {
		return get("/api/slots").param("doctorId", doctorId)
			.param("from", from.toString())
			.param("to", to.toString())
			.with(as("patient"));
	}

	private static MockHttpServletRequestBuilder postClaim(Object body) {
		return post("/internal/slot-claims").contentType(MediaType.APPLICATION_JSON)
			.content((body instanceof String json) ? json : json(body))
			.with(as("service"));
	}

	private static MockHttpServletRequestBuilder postRelease(Object body) {
		return post("/internal/slot-claims/release").contentType(MediaType.APPLICATION_JSON)
			.content((body instanceof String json) ? json : json(body))
			.with(as("service"));
	}

	private static MockHttpServletRequestBuilder postException(Object body) {
		return postException(DOCTOR, (body instanceof String json) ? json : json(body));
	}

	private static MockHttpServletRequestBuilder postException(String doctorId, String json) {
		return post("/api/schedules/{doctorId}/exceptions", doctorId).contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.with(as("admin"));
	}

	private static MockHttpServletRequestBuilder postHold(Object body) {
		return post("/api/slots/holds").contentType(MediaType.APPLICATION_JSON)
			.content((body instanceof String json) ? json : json(body))
			.with(as("patient"));
	}

	private static MockHttpServletRequestBuilder postServiceHold(Object body) {
		return post("/internal/slot-holds").contentType(MediaType.APPLICATION_JSON)
			.content((body instanceof String json) ? json : json(body))
			.with(as("service"));
	}

	private static MockHttpServletRequestBuilder postHoldRelease(Object body) {
		return post("/internal/slot-holds/release").contentType(MediaType.APPLICATION_JSON)
			.content((body instanceof String json) ? json : json(body))
			.with(as("service"));
	}

	private static MockHttpServletRequestBuilder slotsOfSpecialty(String specialty, Object from, Object to) {
		return get("/api/slots").param("specialty", specialty)
			.param("from", from.toString())
			.param("to", to.toString())
			.with(as("patient"));
	}

	static Map<String, Object> block() {
		Map<String, Object> block = new LinkedHashMap<>();
		block.put("type", "block");
		block.put("start", nextMondayAtNine().toString());
		block.put("end", nextMondayAtNine().plus(Duration.ofHours(2)).toString());
		block.put("reason", "leave");
		return block;
	}

	static Map<String, Object> block(String field, Object value) {
		Map<String, Object> block = block();
		block.put(field, value);
		return block;
	}

	static Map<String, Object> block(Map<String, Object> changes) {
		Map<String, Object> block = block();
		block.putAll(changes);
		return block;
	}

	/** An accepted block with one member written as raw JSON. */
	static String rawBlock(String member) {
		Map<String, Object> block = block();
		block.remove(member.substring(1, member.indexOf('"', 1)));
		return "{" + member + "," + json(block).substring(1);
	}

	static Map<String, Object> override() {
		Map<String, Object> override = new LinkedHashMap<>();
		override.put("type", "override");
		override.put("date", nextMondayAtNine().atZone(PARIS).toLocalDate().plusDays(1).toString());
		override.put("mode", "add");
		override.put("hours", List.of(Map.of("start", "14:00", "end", "16:00")));
		return override;
	}

	static Map<String, Object> override(String field, Object value) {
		Map<String, Object> override = override();
		override.put(field, value);
		return override;
	}

	static Map<String, Object> hold() {
		Map<String, Object> hold = new LinkedHashMap<>();
		hold.put("doctorId", DOCTOR);
		hold.put("start", nextMondayAtNine().toString());
		return hold;
	}

	static Map<String, Object> hold(String field, Object value) {
		Map<String, Object> hold = hold();
		hold.put(field, value);
		return hold;
	}

	static Map<String, Object> serviceHold() {
		Map<String, Object> hold = hold();
		hold.put("patientId", "patient-1");
		hold.put("ttlSeconds", 900);
		return hold;
	}

	static Map<String, Object> serviceHold(String field, Object value) {
		Map<String, Object> hold = serviceHold();
		hold.put(field, value);
		return hold;
	}

	/** An accepted service hold with one member written as raw JSON. */
	static String rawServiceHold(String member) {
		Map<String, Object> hold = serviceHold();
		hold.remove(member.substring(1, member.indexOf('"', 1)));
		return "{" + member + "," + json(hold).substring(1);
	}

	static Map<String, Object> schedule() {
		Map<String, Object> schedule = new LinkedHashMap<>();
		schedule.put("timeZone", "Europe/Paris");
		schedule.put("slotMinutes", 30);
		schedule.put("weeklyHours", List.of(range("MONDAY", "09:00", "12:00")));
		return schedule;
	}

	static Map<String, Object> schedule(String field, Object value) {
		Map<String, Object> schedule = schedule();
		schedule.put(field, value);
		return schedule;
	}

	/** An accepted schedule with one member written as raw JSON. */
	static String rawSchedule(String member) {
		return "{" + member + ",\"timeZone\":\"Europe/Paris\",\"slotMinutes\":30,"
				+ "\"weeklyHours\":[{\"day\":\"MONDAY\",\"start\":\"09:00\",\"end\":\"12:00\"}]}";
	}

	static String withinLimit(List<Map<String, String>> ranges) {
		String json = json(schedule("weeklyHours", ranges));
		assertThat(json.length()).isLessThan(BODY_LIMIT);
		return json;
	}

	static Map<String, String> range(String day, String start, String end) {
		return Map.of("day", day, "start", start, "end", end);
	}

	static List<Map<String, String>> sameRange(int times) {
		return Collections.nCopies(times, range("MONDAY", "09:00", "12:00"));
	}

	static Map<String, Object> claim() {
		Map<String, Object> claim = new LinkedHashMap<>();
		claim.put("doctorId", DOCTOR);
		claim.put("start", nextMondayAtNine().toString());
		claim.put("appointmentId", "3f2c8a6e-5d1b-4c8e-9f3a-2b7d6e1c0a94");
		claim.put("patientId", "patient-1");
		return claim;
	}

	static Map<String, Object> claim(String field, Object value) {
		Map<String, Object> claim = claim();
		claim.put(field, value);
		return claim;
	}

	static Map<String, Object> release() {
		Map<String, Object> release = new LinkedHashMap<>();
		release.put("doctorId", DOCTOR);
		release.put("start", nextMondayAtNine().toString());
		release.put("appointmentId", "3f2c8a6e-5d1b-4c8e-9f3a-2b7d6e1c0a94");
		return release;
	}

	static Map<String, Object> release(String field, Object value) {
		Map<String, Object> release = release();
		release.put(field, value);
		return release;
	}

	/** An accepted claim with one member written as raw JSON. */
	static String rawClaim(String member) {
		Map<String, Object> claim = claim();
		String name = member.substring(1, member.indexOf('"', 1));
		claim.remove(name);
		String rest = json(claim);
		return "{" + member + "," + rest.substring(1);
	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

}
