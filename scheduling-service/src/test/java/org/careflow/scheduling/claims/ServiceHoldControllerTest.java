package org.careflow.scheduling.claims;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

import org.careflow.scheduling.availability.DoctorAvailability;
import org.careflow.scheduling.availability.Schedules;
import org.careflow.scheduling.availability.WeeklySchedule;
import org.careflow.scheduling.availability.WorkingHours;
import org.careflow.scheduling.web.SchedulingWebSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the appointment service sees when it holds a slot for a waitlisted patient and
 * lets the hold go (who may call is in {@code AccessTest}, bad input in
 * {@code BadInputTest}).
 */
@SchedulingWebSlice
class ServiceHoldControllerTest {

	static final Instant START = ZonedDateTime.now(ZoneId.of("Europe/Paris"))
		.plusDays(1)
		.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
		.with(LocalTime.of(9, 0))
		.toInstant();

	static final String KEY = "doctor-1|" + START;

	@Autowired
	MockMvc mvc;

	@Autowired
	Schedules schedules;

	@Autowired
	ClaimStore store;

	@BeforeEach
	void aDoctorWithMondayMorningsInParis() {
		given(this.schedules.find("doctor-1"))
			.willReturn(Optional.of(DoctorAvailability.of(WeeklySchedule.of("doctor-1", "Europe/Paris", 30,
					List.of(new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)))))));
	}

	@Test
	void aServiceHoldsTheSlotForThePatientItNamesForTheTimeItAsks() throws Exception {
		Instant before = Instant.now();

		this.mvc.perform(hold().with(service()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.holdId").isNotEmpty())
			.andExpect(jsonPath("$.doctorId").value("doctor-1"))
			.andExpect(jsonPath("$.start").value(START.toString()))
			.andExpect(jsonPath("$.end").value(START.plus(Duration.ofMinutes(30)).toString()))
			.andExpect(jsonPath("$.timeZone").value("Europe/Paris"));

		ArgumentCaptor<SlotClaim> stored = ArgumentCaptor.forClass(SlotClaim.class);
		then(this.store).should().insertHold(stored.capture(), eq("patient-7#0"));
		assertThat(stored.getValue().claimedBy()).isEqualTo("patient-7");
		assertThat(stored.getValue().expiresAt()).isCloseTo(before.plusSeconds(900), within(Duration.ofSeconds(5)));
	}

	@Test
	void holdingAgainWhatThePatientHoldsAnswersThatHoldWithA200() throws Exception {
		SlotClaim held = heldFor("patient-7");
		willThrow(DuplicateKeyException.class).given(this.store).insertHold(any(), anyString());
		given(this.store.find(KEY)).willReturn(Optional.of(held));

		this.mvc.perform(hold().with(service()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.holdId").value("hold-1"))
			.andExpect(jsonPath("$.timeZone").value("Europe/Paris"));
	}

	@Test
	void aSlotHeldForAnotherPatientIsA409() throws Exception {
		SlotClaim held = heldFor("patient-8");
		willThrow(DuplicateKeyException.class).given(this.store).insertHold(any(), anyString());
		given(this.store.find(KEY)).willReturn(Optional.of(held));

		this.mvc.perform(hold().with(service())).andExpect(status().isConflict());
	}

	@Test
	void releasingAHoldStillOnItsSlotSaysItWasReleased() throws Exception {
		SlotClaim held = heldFor("patient-7");
		given(this.store.findHold("hold-1")).willReturn(Optional.of(held));
		given(this.store.deleteHold(KEY, "hold-1")).willReturn(true);

		this.mvc.perform(release("hold-1").with(service()))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"released\":true}"));
	}

	@Test
	void releasingAnUnknownHoldIsASuccessThatReleasedNothing() throws Exception {
		this.mvc.perform(release("hold-2").with(service()))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"released\":false}"));
		then(this.store).should(never()).deleteHold(any(), any());
	}

	/** A hold of the slot by the patient, for ten more minutes. */
	static SlotClaim heldFor(String patientId) {
		return new SlotClaim(KEY, "doctor-1", START, START.plus(Duration.ofMinutes(30)), "Europe/Paris", null,
				ClaimStatus.BUSY_TENTATIVE, Instant.now(), patientId, "hold-1", Instant.now().plusSeconds(600));
	}

	static MockHttpServletRequestBuilder hold() {
		return post("/internal/slot-holds").contentType(MediaType.APPLICATION_JSON).content("""
				{"doctorId":"doctor-1","start":"%s","patientId":"patient-7","ttlSeconds":900}
				""".formatted(START));
	}

	static MockHttpServletRequestBuilder release(String holdId) {
		return post("/internal/slot-holds/release").contentType(MediaType.APPLICATION_JSON)
			.content("{\"holdId\":\"" + holdId + "\"}");
	}

	static RequestPostProcessor service() {
		return jwt().jwt(token -> token.subject("service-account-appointment-service"))
			.authorities(new SimpleGrantedAuthority("ROLE_service"));
	}

}
