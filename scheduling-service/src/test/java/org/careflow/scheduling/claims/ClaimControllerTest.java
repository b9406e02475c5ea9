package org.careflow.scheduling.claims;

import java.time.DayOfWeek;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may claim a slot: only a service's own token (realm role {@code service}); the
 * patient the booking is for is named in the request, not taken from the token.
 */
@SchedulingWebSlice
class ClaimControllerTest {

	static final Instant START = ZonedDateTime.now(ZoneId.of("Europe/Paris"))
		.plusDays(1)
		.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
		.with(LocalTime.of(9, 0))
		.toInstant();

	@Autowired
	MockMvc mvc;

	@Autowired
	Schedules schedules;

	@Autowired
	ClaimStore store;

	@BeforeEach
	void aDoctorWithMondayMornings() {
		given(this.schedules.find("doctor-1"))
			.willReturn(Optional.of(DoctorAvailability.of(WeeklySchedule.of("doctor-1", "Europe/Paris", 30,
					List.of(new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)))))));
	}

	@Test
	void aServiceClaimsTheSlotForThePatientItNames() throws Exception {
		this.mvc
			.perform(claim().with(jwt().jwt(token -> token.subject("service-account-appointment-service"))
				.authorities(new SimpleGrantedAuthority("ROLE_service"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.start").value(START.toString()))
			.andExpect(jsonPath("$.timeZone").value("Europe/Paris"));

		ArgumentCaptor<SlotClaim> stored = ArgumentCaptor.forClass(SlotClaim.class);
		then(this.store).should().insert(stored.capture());
		assertThat(stored.getValue().claimedBy()).isEqualTo("patient-7");
		assertThat(stored.getValue().appointmentId()).isEqualTo("appt-1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "patient", "doctor", "admin", "nurse" })
	void noEndUserMayClaimWhateverTheirRole(String role) throws Exception {
		this.mvc.perform(claim().with(jwt().authorities(new SimpleGrantedAuthority("ROLE_" + role))))
			.andExpect(status().isForbidden());

		then(this.store).should(never()).insert(any());
	}

	@Test
	void noTokenIsNoClaim() throws Exception {
		this.mvc.perform(claim()).andExpect(status().isUnauthorized());

		then(this.store).should(never()).insert(any());
	}

	private static MockHttpServletRequestBuilder claim() {
		return post("/internal/slot-claims").contentType(MediaType.APPLICATION_JSON).content("""
				{"doctorId":"doctor-1","start":"%s","appointmentId":"appt-1","patientId":"patient-7"}
				""".formatted(START));
	}

}
