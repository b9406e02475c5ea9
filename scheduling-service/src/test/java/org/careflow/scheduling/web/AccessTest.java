package org.careflow.scheduling.web;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

import org.careflow.scheduling.availability.BookingRules;
import org.careflow.scheduling.availability.Bookings;
import org.careflow.scheduling.availability.Bookings.BookedVisit;
import org.careflow.scheduling.availability.DoctorAvailability;
import org.careflow.scheduling.availability.Schedules;
import org.careflow.scheduling.availability.SchedulesMocks;
import org.careflow.scheduling.availability.WeeklySchedule;
import org.careflow.scheduling.availability.WorkingHours;
import org.careflow.scheduling.doctors.DoctorDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may call the availability endpoints of issue 7, object by object (a doctor only for
 * their own id, an admin for anyone; forcing is an admin's), and what a caller sees of a
 * refusal: the 409 listing the bookings in the way, the 422 naming the rule; searches by
 * department, unlisted doctors, and who may retire a doctor (issue 10).
 */
@SchedulingWebSlice
class AccessTest {

	static final String HOUSE = "house";

	static final Instant MONDAY_NINE = ZonedDateTime.now(ZoneId.of("UTC"))
		.plusDays(1)
		.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
		.with(LocalTime.of(9, 0))
		.toInstant();

	@Autowired
	MockMvc mvc;

	@Autowired
	Schedules schedules;

	@Autowired
	Bookings bookings;

	@Autowired
	DoctorDirectory directory;

	@BeforeEach
	void houseWorksMondayMornings() {
		SchedulesMocks.acceptWrites(this.schedules);
		SchedulesMocks.stored(this.schedules, DoctorAvailability.of(WeeklySchedule.of(HOUSE, "UTC", 30,
				List.of(new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))))));
	}

	static RequestPostProcessor as(String role, String subject) {
		return jwt().jwt(token -> token.subject(subject)).authorities(new SimpleGrantedAuthority("ROLE_" + role));
	}

	static MockHttpServletRequestBuilder postBlock(String query) {
		return post("/api/schedules/" + HOUSE + "/exceptions" + query).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type":"block","start":"%s","end":"%s","reason":"training"}
					""".formatted(MONDAY_NINE, MONDAY_NINE.plus(Duration.ofHours(1))));
	}

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource({ "admin, someone, 201", "doctor, house, 201", "doctor, grey, 403", "patient, house, 403",
			"nurse, nurse-1, 403", "service, house, 403" })
	void onlyTheDoctorThemselfOrAnAdminBlocksTime(String role, String subject, int status) throws Exception {
		this.mvc.perform(postBlock("").with(as(role, subject))).andExpect(status().is(status));
	}

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource({ "admin, someone, 200", "nurse, nurse-1, 200", "doctor, house, 200", "doctor, grey, 403",
			"patient, house, 403" })
	void theDoctorThemselfNursesAndAdminsReadExceptions(String role, String subject, int status) throws Exception {
		this.mvc.perform(get("/api/schedules/" + HOUSE + "/exceptions").with(as(role, subject)))
			.andExpect(status().is(status));
	}

	@Test
	void noTokenIsA401Everywhere() throws Exception {
		this.mvc.perform(postBlock("")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/schedules/" + HOUSE + "/exceptions")).andExpect(status().isUnauthorized());
		this.mvc.perform(post("/api/slots/holds").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/slots/first?doctorId=" + HOUSE)).andExpect(status().isUnauthorized());
		this.mvc.perform(holdForAPatient()).andExpect(status().isUnauthorized());
		this.mvc.perform(releaseAHold()).andExpect(status().isUnauthorized());
	}

	@Test
	void blockingBookedTimeIsA409ListingTheBookingsAndOnlyAnAdminMayForceIt() throws Exception {
		given(this.bookings.upcoming(eq(HOUSE), any()))
			.willReturn(List.of(new BookedVisit("appt-1", MONDAY_NINE, MONDAY_NINE.plus(Duration.ofMinutes(30)))));

		this.mvc.perform(postBlock("").with(as("doctor", HOUSE)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.appointments[0].appointmentId").value("appt-1"))
			.andExpect(jsonPath("$.appointments[0].start").value(MONDAY_NINE.toString()));
		this.mvc.perform(postBlock("?force=true").with(as("doctor", HOUSE))).andExpect(status().isForbidden());
		this.mvc
			.perform(put("/api/schedules/" + HOUSE + "?force=true").contentType(MediaType.APPLICATION_JSON).content("""
					{"timeZone":"UTC","slotMinutes":30,"weeklyHours":[{"day":"MONDAY","start":"09:00","end":"12:00"}]}
					""").with(as("doctor", HOUSE)))
			.andExpect(status().isForbidden());
		this.mvc.perform(postBlock("?force=true").with(as("admin", "admin-1")))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.id").isNotEmpty())
			.andExpect(jsonPath("$.status").value("busy-unavailable"));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "patient, 201", "doctor, 403", "nurse, 403", "admin, 403", "service, 403" })
	void onlyPatientsHoldSlots(String role, int status) throws Exception {
		this.mvc.perform(post("/api/slots/holds").contentType(MediaType.APPLICATION_JSON).content("""
				{"doctorId":"%s","start":"%s"}
				""".formatted(HOUSE, MONDAY_NINE)).with(as(role, "patient-1"))).andExpect(status().is(status));
	}

	static MockHttpServletRequestBuilder holdForAPatient() {
		return post("/internal/slot-holds").contentType(MediaType.APPLICATION_JSON).content("""
				{"doctorId":"%s","start":"%s","patientId":"patient-1","ttlSeconds":900}
				""".formatted(HOUSE, MONDAY_NINE));
	}

	static MockHttpServletRequestBuilder releaseAHold() {
		return post("/internal/slot-holds/release").contentType(MediaType.APPLICATION_JSON)
			.content("{\"holdId\":\"hold-1\"}");
	}

	/** A waitlist offer is the appointment service's to make, with its own token. */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "service, 201", "patient, 403", "doctor, 403", "nurse, 403", "admin, 403" })
	void onlyServicesHoldSlotsForAPatient(String role, int status) throws Exception {
		this.mvc.perform(holdForAPatient().with(as(role, "patient-1"))).andExpect(status().is(status));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "service, 200", "patient, 403", "doctor, 403", "nurse, 403", "admin, 403" })
	void onlyServicesReleaseAHoldByItsId(String role, int status) throws Exception {
		this.mvc.perform(releaseAHold().with(as(role, "patient-1"))).andExpect(status().is(status));
	}

	@Test
	void aHoldAnswersItsIdSlotAndExpiry() throws Exception {
		this.mvc.perform(post("/api/slots/holds").contentType(MediaType.APPLICATION_JSON).content("""
				{"doctorId":"%s","start":"%s"}
				""".formatted(HOUSE, MONDAY_NINE)).with(as("patient", "patient-1")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.holdId").isNotEmpty())
			.andExpect(jsonPath("$.doctorId").value(HOUSE))
			.andExpect(jsonPath("$.start").value(MONDAY_NINE.toString()))
			.andExpect(jsonPath("$.end").value(MONDAY_NINE.plus(Duration.ofMinutes(30)).toString()))
			.andExpect(jsonPath("$.timeZone").value("UTC"))
			.andExpect(jsonPath("$.expiresAt").isNotEmpty());
	}

	@Test
	void aPatientCannotLetGoOfAHoldThatIsNotTheirs() throws Exception {
		this.mvc.perform(delete("/api/slots/holds/some-hold").with(as("patient", "patient-1")))
			.andExpect(status().isNotFound());
		this.mvc.perform(delete("/api/slots/holds/some-hold").with(as("doctor", "patient-1")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aSlotTooFarAheadIsA422NamingTheRule() throws Exception {
		SchedulesMocks.stored(this.schedules,
				DoctorAvailability.of(
						WeeklySchedule.of(HOUSE, "UTC", 30,
								List.of(new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)))),
						BookingRules.of(60, 1, 0), List.of()));

		this.mvc.perform(post("/api/slots/holds").contentType(MediaType.APPLICATION_JSON).content("""
				{"doctorId":"%s","start":"%s"}
				""".formatted(HOUSE, MONDAY_NINE)).with(as("patient", "patient-1")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("max-days-ahead"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("at most 1 days ahead")));
	}

	@Test
	void anySignedInUserSearchesASpecialtySoonestFirstPaged() throws Exception {
		given(this.directory.doctorsOf("Cardiology")).willReturn(List.of(HOUSE));
		DoctorAvailability house = this.schedules.find(HOUSE).orElseThrow();
		given(this.schedules.findAll(List.of(HOUSE))).willReturn(List.of(house));
		Instant from = MONDAY_NINE.minus(Duration.ofHours(9));

		this.mvc
			.perform(get("/api/slots").param("specialty", "Cardiology")
				.param("from", from.toString())
				.param("to", from.plus(Duration.ofDays(1)).toString())
				.param("size", "2")
				.with(as("nurse", "nurse-1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].start").value(MONDAY_NINE.toString()))
			.andExpect(header().string("Link", org.hamcrest.Matchers.containsString("page=1")));
		this.mvc.perform(get("/api/slots/first").param("doctorId", HOUSE).with(as("patient", "p")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.doctorId").value(HOUSE));
		this.mvc.perform(get("/api/slots/first").param("specialty", "Dermatology").with(as("patient", "p")))
			.andExpect(status().isNotFound());
		given(this.schedules.find("nobody")).willReturn(Optional.empty());
		this.mvc.perform(get("/api/slots/first").param("doctorId", "nobody").with(as("patient", "p")))
			.andExpect(status().isNotFound());
	}

	@Test
	void anySignedInUserSearchesADepartmentAndItsFirstFreeSlot() throws Exception {
		given(this.directory.doctorsOfDepartment("dep-a")).willReturn(List.of(HOUSE));
		DoctorAvailability house = this.schedules.find(HOUSE).orElseThrow();
		given(this.schedules.findAll(List.of(HOUSE))).willReturn(List.of(house));
		Instant from = MONDAY_NINE.minus(Duration.ofHours(9));

		this.mvc
			.perform(get("/api/slots").param("departmentId", "dep-a")
				.param("from", from.toString())
				.param("to", from.plus(Duration.ofDays(1)).toString())
				.param("size", "2")
				.with(as("patient", "p")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].doctorId").value(HOUSE))
			.andExpect(jsonPath("$[0].start").value(MONDAY_NINE.toString()));
		this.mvc.perform(get("/api/slots/first").param("departmentId", "dep-a").with(as("patient", "p")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.doctorId").value(HOUSE));
		this.mvc.perform(get("/api/slots/first").param("departmentId", "dep-b").with(as("patient", "p")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aDeactivatedOrRetiredDoctorOffersNoSlotEvenWhenSearchedByTheirId() throws Exception {
		given(this.directory.unlisted(HOUSE)).willReturn(true);
		Instant from = MONDAY_NINE.minus(Duration.ofHours(9));

		this.mvc
			.perform(get("/api/slots").param("doctorId", HOUSE)
				.param("from", from.toString())
				.param("to", from.plus(Duration.ofDays(1)).toString())
				.with(as("patient", "p")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
		this.mvc.perform(get("/api/slots/first").param("doctorId", HOUSE).with(as("patient", "p")))
			.andExpect(status().isNotFound());
	}

	/** Retiring a doctor is doctor-service's to ask, with its own token. */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "service, 204", "admin, 403", "doctor, 403", "nurse, 403", "patient, 403" })
	void onlyAServiceRetiresADoctor(String role, int status) throws Exception {
		this.mvc.perform(post("/internal/doctors/" + HOUSE + "/retirement").with(as(role, HOUSE)))
			.andExpect(status().is(status));
		this.mvc.perform(post("/internal/doctors/" + HOUSE + "/retirement")).andExpect(status().isUnauthorized());
	}

	@Test
	void retiringADoctorWithBookingsIsA409ListingThemUnlessForced() throws Exception {
		given(this.bookings.upcoming(eq(HOUSE), any()))
			.willReturn(List.of(new BookedVisit("appt-1", MONDAY_NINE, MONDAY_NINE.plus(Duration.ofMinutes(30)))));

		this.mvc.perform(post("/internal/doctors/" + HOUSE + "/retirement?force=false").with(as("service", "svc")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.appointments[0].appointmentId").value("appt-1"))
			.andExpect(jsonPath("$.appointments[0].start").value(MONDAY_NINE.toString()));
		verify(this.directory, never()).retire(any());
		SchedulesMocks.assertNothingWritten(this.schedules);

		this.mvc.perform(post("/internal/doctors/" + HOUSE + "/retirement?force=true").with(as("service", "svc")))
			.andExpect(status().isNoContent());
		verify(this.directory).retire(HOUSE);
	}

}
