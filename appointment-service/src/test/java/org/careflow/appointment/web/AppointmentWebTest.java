package org.careflow.appointment.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.careflow.appointment.booking.StoredAppointments;
import org.careflow.appointment.domain.Appointment;
import org.careflow.appointment.domain.AppointmentTestData;
import org.careflow.appointment.domain.BookedSlot;
import org.careflow.appointment.domain.VisitEntry;
import org.careflow.appointment.scheduling.SlotClaims;
import org.careflow.platform.audit.AuditOutcome;
import org.careflow.platform.audit.AuditTrail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careflow.appointment.domain.AppointmentTestData.booked;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may do what, object by object, and what each caller is shown. */
@AppointmentWebSlice
class AppointmentWebTest {

	static final Instant NOW = AppointmentWebSlice.NOW;

	/** Tomorrow 09:00 in Paris. */
	static final Instant TOMORROW = Instant.parse("2030-01-07T08:00:00Z");

	/** Today 16:00 in Paris. */
	static final Instant LATER_TODAY = Instant.parse("2030-01-06T15:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	StoredAppointments stored;

	@Autowired
	SlotClaims slots;

	@Autowired
	AuditTrail audit;

	ResultActions book(RequestPostProcessor caller) throws Exception {
		return this.mvc.perform(post("/api/appointments").with(caller)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"doctorId\":\"doctor-1\",\"start\":\"" + TOMORROW + "\",\"reason\":\"Cough\"}"));
	}

	ResultActions visit(String id, RequestPostProcessor caller, String body) throws Exception {
		return this.mvc.perform(put("/api/appointments/" + id + "/visit").with(caller)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	@Test
	void aPatientBooksForThemselfAndTheClaimNamesThemAsThePatient() throws Exception {
		when(this.slots.claim(eq("doctor-1"), eq(TOMORROW), anyString(), eq("patient-1"), isNull()))
			.thenReturn(new BookedSlot("doctor-1", TOMORROW, TOMORROW.plusSeconds(1800), "Europe/Paris"));

		book(Tokens.patient()).andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/appointments/")))
			.andExpect(jsonPath("$.patientId").value("patient-1"));

		verify(this.audit).record(any(), eq("create"), eq("appointment"), anyString(), eq("patient-1"),
				eq(AuditOutcome.SUCCESS));
	}

	@Test
	void aBookingStandsWhenItsNoShowDeadlineCannotBeNoted() throws Exception {
		when(this.slots.claim(eq("doctor-1"), eq(TOMORROW), anyString(), eq("patient-1"), isNull()))
			.thenReturn(new BookedSlot("doctor-1", TOMORROW, TOMORROW.plusSeconds(1800), "Europe/Paris"));
		this.stored.failDeadlineNotes();

		book(Tokens.patient()).andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("booked"));
	}

	@Test
	void aPatientWhoseEmailIsNotVerifiedIsToldHowToVerifyAndNothingIsClaimed() throws Exception {
		RequestPostProcessor unverified = Tokens.patient().jwt(token -> token.claim("email_verified", false));
		RequestPostProcessor noClaim = Tokens.patient()
			.jwt(token -> token.claims(claims -> claims.remove("email_verified")));

		for (RequestPostProcessor caller : List.of(unverified, noClaim)) {
			book(caller).andExpect(status().isForbidden())
				.andExpect(jsonPath("$.title").value("Verify your email address before booking"))
				.andExpect(jsonPath("$.detail").value(containsString("POST /api/patients/me/verification-email")));
		}
		verifyNoInteractions(this.slots);
		assertThat(this.stored.anythingWritten()).isFalse();
	}

	@Test
	void aPatientHoldingTheLimitOfUpcomingAppointmentsIsToldTheLimitAndNothingIsClaimed() throws Exception {
		this.stored.holdUpcoming(5);

		book(Tokens.patient()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("Too many upcoming appointments"))
			.andExpect(jsonPath("$.limit").value(5));

		verifyNoInteractions(this.slots);
		verify(this.audit).record(any(), eq("create"), eq("appointment"), isNull(), eq("patient-1"),
				eq(AuditOutcome.DENIED));
	}

	@Test
	void onlyPatientsBook() throws Exception {
		book(Tokens.doctor()).andExpect(status().isForbidden());
		book(Tokens.nurse()).andExpect(status().isForbidden());
		book(Tokens.as("pharmacist-1", "pharmacist")).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/appointments").contentType(MediaType.APPLICATION_JSON)
				.content("{\"doctorId\":\"doctor-1\",\"start\":\"" + TOMORROW + "\"}"))
			.andExpect(status().isUnauthorized());
		verifyNoInteractions(this.slots);
	}

	@Test
	void aNurseRecordsVitalsOnTodaysAppointmentAndSeesNothingElseOfIt() throws Exception {
		this.stored.contain(booked().at(LATER_TODAY)
			.reason("Chest pain")
			.arrived()
			.withVisit(new VisitEntry(null, null, null, null, "Suspected angina"))
			.build());

		visit("appt-1", Tokens.nurse(), "{\"systolic\":128,\"diastolic\":82,\"pulse\":72}").andExpect(status().isOk())
			.andExpect(content().json("""
					{"id":"appt-1","status":"arrived","start":"2030-01-06T15:00:00Z","end":"2030-01-06T15:30:00Z",
					 "visit":{"systolic":128,"diastolic":82,"pulse":72,"recordedAt":"2030-01-06T12:00:00Z",
					          "recordedBy":"nurse-1"}}
					""", org.springframework.test.json.JsonCompareMode.STRICT));
	}

	@Test
	void toANurseAnAppointmentOfAnotherDayDoesNotExistAndTheAttemptIsAudited() throws Exception {
		this.stored.contain(booked().at(TOMORROW).build());

		visit("appt-1", Tokens.nurse(), "{\"pulse\":72}").andExpect(status().isNotFound());

		assertThat(this.stored.anythingWritten()).isFalse();
		verify(this.audit).record(any(), eq("update-visit"), eq("appointment"), eq("appt-1"), eq("patient-1"),
				eq(AuditOutcome.DENIED));
	}

	@Test
	void aNurseCannotRecordOnTodaysCancelledAppointmentNorWriteNotes() throws Exception {
		this.stored.contain(booked().at(LATER_TODAY).cancelled().build(),
				booked().id("appt-2").at(LATER_TODAY.plusSeconds(1800)).build());

		visit("appt-1", Tokens.nurse(), "{\"pulse\":72}").andExpect(status().isUnprocessableContent());
		visit("appt-2", Tokens.nurse(), "{\"notes\":\"Looks fine\"}").andExpect(status().isForbidden());
		assertThat(this.stored.anythingWritten()).isFalse();
	}

	@Test
	void anotherDoctorDoesNotLearnTheAppointmentExists() throws Exception {
		this.stored.contain(booked().at(LATER_TODAY).build());

		visit("appt-1", Tokens.otherDoctor(), "{\"pulse\":72}").andExpect(status().isNotFound());
		this.mvc.perform(get("/api/appointments/appt-1").with(Tokens.otherDoctor())).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/appointments/appt-1").with(Tokens.nurse())).andExpect(status().isNotFound());
		this.mvc.perform(post("/api/appointments/appt-1/cancel").with(Tokens.otherDoctor()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/api/appointments/appt-1/cancel").with(Tokens.nurse()))
			.andExpect(status().isForbidden());
		assertThat(this.stored.anythingWritten()).isFalse();
	}

	@Test
	void aStoredCancellationFreesItsSlotAtOnce() throws Exception {
		this.stored.contain(booked().at(TOMORROW).build());

		this.mvc.perform(post("/api/appointments/appt-1/cancel").with(Tokens.patient()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("cancelled"));

		verify(this.slots).release("doctor-1", TOMORROW, "appt-1");
	}

	@Test
	void aCancellationThatIsNotStoredFreesNothing() throws Exception {
		this.stored.contain(booked().at(TOMORROW).build());
		this.stored.failUpdates();

		this.mvc.perform(post("/api/appointments/appt-1/cancel").with(Tokens.patient()))
			.andExpect(status().isConflict());

		verifyNoInteractions(this.slots);
	}

	@Test
	void aCancelledSlotThatHasBegunIsLeftToTheEvent() throws Exception {
		this.stored.contain(booked().at(NOW.minusSeconds(600)).build());

		this.mvc.perform(post("/api/appointments/appt-1/cancel").with(Tokens.doctor())).andExpect(status().isOk());

		verifyNoInteractions(this.slots);
	}

	@Test
	void itsDoctorReadsTheWholeAppointmentAndTheReadIsAudited() throws Exception {
		this.stored.contain(booked().build());

		this.mvc.perform(get("/api/appointments/appt-1").with(Tokens.doctor()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reason").value("Cough"));

		verify(this.audit).record(any(), eq("read"), eq("appointment"), eq("appt-1"), eq("patient-1"),
				eq(AuditOutcome.SUCCESS));
	}

	@Test
	void anEmptyVisitUpdateIsRefusedForEveryoneAndChangesNothing() throws Exception {
		this.stored.contain(booked().at(LATER_TODAY).build());

		for (RequestPostProcessor caller : List.of(Tokens.doctor(), Tokens.nurse())) {
			visit("appt-1", caller, "{}").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("visit"))
				.andExpect(jsonPath("$.errors[0].message").value("must contain at least one value"));
		}
		assertThat(this.stored.anythingWritten()).isFalse();
		verifyNoInteractions(this.audit);
	}

	@Test
	void listsArePagedWithALinkToTheNextPageAndEachPatientShownIsAudited() throws Exception {
		List<Appointment> fetched = List.of(booked().id("a").of("patient-1").build(),
				booked().id("b").of("patient-2").at(TOMORROW.plus(Duration.ofHours(1))).build(),
				booked().id("c").of("patient-3").at(TOMORROW.plus(Duration.ofHours(2))).build());
		this.stored.list(AppointmentTestData.DOCTOR_ID, fetched);

		this.mvc.perform(get("/api/appointments").param("page", "0").param("size", "2").with(Tokens.doctor()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[1].id").value("b"))
			.andExpect(header().string("Link", containsString("page=1")))
			.andExpect(header().string("Link", containsString("rel=\"next\"")));

		verify(this.audit).record(any(), eq("list"), eq("appointment"), isNull(), eq("patient-1"),
				eq(AuditOutcome.SUCCESS));
		verify(this.audit).record(any(), eq("list"), eq("appointment"), isNull(), eq("patient-2"),
				eq(AuditOutcome.SUCCESS));
		verify(this.audit, never()).record(any(), any(), any(), any(), eq("patient-3"), any());
	}

	@Test
	void nursesAndOtherRolesHaveNoList() throws Exception {
		this.mvc.perform(get("/api/appointments").with(Tokens.nurse())).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/appointments").with(Tokens.as("admin-1", "admin")))
			.andExpect(status().isForbidden());
	}

	ResultActions step(String action, RequestPostProcessor caller) throws Exception {
		return this.mvc.perform(post("/api/appointments/appt-1/" + action).with(caller));
	}

	@Test
	void theFrontDeskChecksInTodaysPatientAndIsShownOnlyWhenAndWhere() throws Exception {
		this.stored.contain(booked().at(NOW.plusSeconds(1800)).reason("Chest pain").build());

		step("check-in", Tokens.nurse()).andExpect(status().isOk()).andExpect(content().json("""
				{"id":"appt-1","status":"arrived","start":"2030-01-06T12:30:00Z","end":"2030-01-06T13:00:00Z"}
				""", org.springframework.test.json.JsonCompareMode.STRICT));

		verify(this.audit).record(any(), eq("check-in"), eq("appointment"), eq("appt-1"), eq("patient-1"),
				eq(AuditOutcome.SUCCESS));
	}

	@Test
	void checkInIsForStaffAndOnlyWithinItsWindow() throws Exception {
		this.stored.contain(booked().at(LATER_TODAY).build());

		step("check-in", Tokens.patient()).andExpect(status().isForbidden());
		step("check-in", Tokens.otherDoctor()).andExpect(status().isNotFound());
		step("check-in", Tokens.as("admin-1", "admin")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("60 minutes before the start")));
		assertThat(this.stored.anythingWritten()).isFalse();
	}

	@Test
	void itsDoctorCompletesWhatTheFrontDeskCheckedIn() throws Exception {
		this.stored.contain(booked().at(NOW.plusSeconds(1800)).build());

		step("complete", Tokens.doctor()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("check them in first")));
		step("check-in", Tokens.doctor()).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("arrived"));
		step("complete", Tokens.nurse()).andExpect(status().isForbidden());
		step("complete", Tokens.doctor()).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("fulfilled"))
			.andExpect(jsonPath("$.history[2].from").value("arrived"));
	}

	@Test
	void aNoShowIsMarkedOnlyOnceTheAppointmentHasStarted() throws Exception {
		this.stored.contain(booked().at(LATER_TODAY).build());

		step("no-show", Tokens.nurse()).andExpect(status().isUnprocessableContent());
		step("no-show", Tokens.patient()).andExpect(status().isForbidden());
		assertThat(this.stored.anythingWritten()).isFalse();
	}

}
