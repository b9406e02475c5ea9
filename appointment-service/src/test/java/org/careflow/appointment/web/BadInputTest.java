package org.careflow.appointment.web;

import java.util.stream.Stream;

import org.careflow.appointment.booking.StoredAppointments;
import org.careflow.appointment.scheduling.SlotClaims;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careflow.appointment.domain.AppointmentTestData.booked;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Abuse at the door: whatever a client sends, the answer is a 4xx problem (naming the
 * field when there is one), never a 5xx, and nothing reaches the scheduling service or
 * storage. The appointment {@code appt-1} exists and is due today, so a refusal here is
 * the input's fault, not a missing appointment.
 */
@AppointmentWebSlice
class BadInputTest {

	static final String BOOK = "/api/appointments";

	static final String VISIT = "/api/appointments/appt-1/visit";

	static final String CANCEL = "/api/appointments/appt-1/cancel";

	static final String HUGE_ID = "a".repeat(5000);

	@Autowired
	MockMvc mvc;

	@Autowired
	StoredAppointments stored;

	@Autowired
	SlotClaims slots;

	@BeforeEach
	void appointmentOfToday() {
		this.stored.contain(booked().at(AppointmentWebTest.LATER_TODAY).build());
	}

	static String booking(String start) {
		return "{\"doctorId\":\"doctor-1\",\"start\":" + start + ",\"reason\":\"Cough\"}";
	}

	static Stream<Arguments> badInput() {
		return Stream.of(
				// size and shape
				arguments("body above 64 KB", HttpMethod.POST, BOOK, "patient",
						"{\"doctorId\":\"doctor-1\",\"reason\":\"" + "x".repeat(70_000) + "\"}", 413, null),
				arguments("deeply nested JSON", HttpMethod.POST, BOOK, "patient",
						"{\"doctorId\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}", 400, null),
				arguments("deeply nested unknown field", HttpMethod.POST, BOOK, "patient",
						"{\"x\":" + "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000) + "}", 400, null),
				arguments("not JSON", HttpMethod.POST, BOOK, "patient", "doctorId=doctor-1", 400, null),
				arguments("a JSON array", HttpMethod.POST, BOOK, "patient", "[1,2]", 400, null),
				arguments("no body", HttpMethod.POST, BOOK, "patient", "", 400, null),
				// wrong types
				arguments("start a boolean", HttpMethod.POST, BOOK, "patient", booking("true"), 400, "start"),
				arguments("start an object", HttpMethod.POST, BOOK, "patient", booking("{\"year\":2030}"), 400,
						"start"),
				arguments("doctorId an object", HttpMethod.POST, BOOK, "patient",
						"{\"doctorId\":{\"id\":1},\"start\":\"2030-01-07T08:00:00Z\"}", 400, "doctorId"),
				arguments("reason an array", HttpMethod.POST, BOOK, "patient",
						"{\"doctorId\":\"doctor-1\",\"start\":\"2030-01-07T08:00:00Z\",\"reason\":[\"a\"]}", 400,
						"reason"),
				arguments("systolic a word", HttpMethod.PUT, VISIT, "doctor", "{\"systolic\":\"high\"}", 400,
						"systolic"),
				arguments("pulse beyond any number", HttpMethod.PUT, VISIT, "doctor", "{\"pulse\":1e400}", 400,
						"pulse"),
				arguments("pulse beyond an int", HttpMethod.PUT, VISIT, "doctor", "{\"pulse\":99999999999}", 400,
						"pulse"),
				// absurd dates
				arguments("year a billion", HttpMethod.POST, BOOK, "patient",
						booking("\"+1000000000-01-01T00:00:00Z\""), 400, "start"),
				arguments("year beyond Instant", HttpMethod.POST, BOOK, "patient",
						booking("\"+1000000001-01-01T00:00:00Z\""), 400, "start"),
				arguments("year 9999", HttpMethod.POST, BOOK, "patient", booking("\"9999-12-31T23:59:59Z\""), 400,
						"start"),
				arguments("just over a year ahead", HttpMethod.POST, BOOK, "patient",
						booking("\"2031-01-07T12:00:00Z\""), 400, "start"),
				arguments("30 February", HttpMethod.POST, BOOK, "patient", booking("\"2026-02-30T10:00:00Z\""), 400,
						"start"),
				arguments("a date without time", HttpMethod.POST, BOOK, "patient", booking("\"2030-01-07\""), 400,
						"start"),
				arguments("epoch seconds beyond Instant", HttpMethod.POST, BOOK, "patient", booking("1e20"), 400,
						"start"),
				arguments("year minus a billion: in the past", HttpMethod.POST, BOOK, "patient",
						booking("\"-1000000000-01-01T00:00:00Z\""), 422, null),
				// text that is not plain text
				arguments("NUL in reason", HttpMethod.POST, BOOK, "patient",
						"{\"doctorId\":\"doctor-1\",\"start\":\"2030-01-07T08:00:00Z\",\"reason\":\"a\\u0000b\"}", 400,
						"reason"),
				arguments("bidi override in reason", HttpMethod.POST, BOOK, "patient",
						"{\"doctorId\":\"doctor-1\",\"start\":\"2030-01-07T08:00:00Z\",\"reason\":\"\\u202Egnp.exe\"}",
						400, "reason"),
				arguments("reason of 1001 characters", HttpMethod.POST, BOOK, "patient",
						"{\"doctorId\":\"doctor-1\",\"start\":\"2030-01-07T08:00:00Z\",\"reason\":\"" + "x".repeat(1001)
								+ "\"}",
						400, "reason"),
				arguments("escape character in notes", HttpMethod.PUT, VISIT, "doctor", "{\"notes\":\"\\u001b[31m\"}",
						400, "notes"),
				arguments("notes of 4001 characters", HttpMethod.PUT, VISIT, "doctor",
						"{\"notes\":\"" + "x".repeat(4001) + "\"}", 400, "notes"),
				arguments("bell in cancel reason", HttpMethod.POST, CANCEL, "patient", "{\"reason\":\"\\u0007\"}", 400,
						"reason"),
				arguments("cancel reason of 1001 characters", HttpMethod.POST, CANCEL, "patient",
						"{\"reason\":\"" + "x".repeat(1001) + "\"}", 400, "reason"),
				// ids
				arguments("doctorId of 65 characters", HttpMethod.POST, BOOK, "patient",
						"{\"doctorId\":\"" + "d".repeat(65) + "\",\"start\":\"2030-01-07T08:00:00Z\"}", 400,
						"doctorId"),
				arguments("doctorId with a slash", HttpMethod.POST, BOOK, "patient",
						"{\"doctorId\":\"../admin\",\"start\":\"2030-01-07T08:00:00Z\"}", 400, "doctorId"),
				arguments("doctorId with a control character", HttpMethod.POST, BOOK, "patient",
						"{\"doctorId\":\"doc\\ntor\",\"start\":\"2030-01-07T08:00:00Z\"}", 400, "doctorId"),
				arguments("huge id to read", HttpMethod.GET, "/api/appointments/" + HUGE_ID, "patient", null, 400,
						"id"),
				arguments("huge id to record", HttpMethod.PUT, "/api/appointments/" + HUGE_ID + "/visit", "doctor",
						"{\"pulse\":70}", 400, "id"),
				arguments("huge id to cancel", HttpMethod.POST, "/api/appointments/" + HUGE_ID + "/cancel", "patient",
						null, 400, "id"),
				// paging
				arguments("negative page", HttpMethod.GET, BOOK + "?page=-1", "patient", null, 400, "page"),
				arguments("page beyond 1000", HttpMethod.GET, BOOK + "?page=1001", "patient", null, 400, "page"),
				arguments("page a word", HttpMethod.GET, BOOK + "?page=first", "patient", null, 400, "page"),
				arguments("size zero", HttpMethod.GET, BOOK + "?size=0", "patient", null, 400, "size"),
				arguments("size beyond 100", HttpMethod.GET, BOOK + "?size=101", "patient", null, 400, "size"),
				arguments("size beyond a long", HttpMethod.GET, BOOK + "?size=99999999999999999999", "patient", null,
						400, "size"));
	}

	@ParameterizedTest(name = "{0} → {5}")
	@MethodSource("badInput")
	void badInputGetsAClientErrorNamingTheFieldAndReachesNothing(String what, HttpMethod method, String path,
			String role, String body, int status, String field) throws Exception {
		MockHttpServletRequestBuilder request = request(method, path).with(caller(role));
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}

		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();

		assertThat(response.getStatus()).as(what).isEqualTo(status);
		assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		if (field != null) {
			assertThat(response.getContentAsString()).contains("\"field\":\"" + field + "\"");
		}
		verifyNoInteractions(this.slots);
		assertThat(this.stored.anythingWritten()).isFalse();
	}

	private static RequestPostProcessor caller(String role) {
		return "doctor".equals(role) ? Tokens.doctor() : Tokens.patient();
	}

}
