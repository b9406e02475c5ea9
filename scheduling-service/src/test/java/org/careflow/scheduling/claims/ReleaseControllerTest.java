package org.careflow.scheduling.claims;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.careflow.scheduling.web.SchedulingWebSlice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may free a slot: only a service's own token, like the claim; the answer says
 * whether this call freed it.
 */
@SchedulingWebSlice
class ReleaseControllerTest {

	static final Instant START = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

	@Autowired
	MockMvc mvc;

	@Autowired
	ClaimStore store;

	@Autowired
	ProcessedEvents processed;

	@Test
	void aServiceFreesTheSlotItsAppointmentHeldAndMarksTheAppointmentCancelled() throws Exception {
		given(this.store.release("doctor-1|" + START, "appt-1")).willReturn(true);

		this.mvc.perform(release().with(service()))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"released\":true}"));

		then(this.processed).should().recordCancelled(eq("appt-1"), any());
	}

	@Test
	void aSlotThatIsFreeOrHeldByAnotherAppointmentIsASuccessThatFreedNothing() throws Exception {
		given(this.store.release(anyString(), anyString())).willReturn(false);

		this.mvc.perform(release().with(service()))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"released\":false}"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "patient", "doctor", "admin", "nurse" })
	void noEndUserMayFreeASlotWhateverTheirRole(String role) throws Exception {
		this.mvc.perform(release().with(jwt().authorities(new SimpleGrantedAuthority("ROLE_" + role))))
			.andExpect(status().isForbidden());

		then(this.store).should(never()).release(any(), any());
		then(this.processed).should(never()).recordCancelled(any(), any());
	}

	@Test
	void noTokenFreesNothing() throws Exception {
		this.mvc.perform(release()).andExpect(status().isUnauthorized());

		then(this.store).should(never()).release(any(), any());
	}

	private static MockHttpServletRequestBuilder release() {
		return post("/internal/slot-claims/release").contentType(MediaType.APPLICATION_JSON).content("""
				{"doctorId":"doctor-1","start":"%s","appointmentId":"appt-1"}
				""".formatted(START));
	}

	private static RequestPostProcessor service() {
		return jwt().jwt(token -> token.subject("service-account-appointment-service"))
			.authorities(new SimpleGrantedAuthority("ROLE_service"));
	}

}
