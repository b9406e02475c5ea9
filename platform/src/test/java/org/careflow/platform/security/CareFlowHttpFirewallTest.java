package org.careflow.platform.security;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CareFlowHttpFirewallTest {

	private static final String TOKEN = "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln-_bmF0dXJl";

	@Test
	void controlCharactersInHeadersAreRefusedAndTokensPass() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/appointments/1");
		request.addHeader("Authorization", TOKEN);
		request.addHeader("X-Note", "a\u0007b");
		request.addHeader("X-Tabbed", "a\tb");
		var firewalled = new SecurityAutoConfiguration().careFlowHttpFirewall().getFirewalledRequest(request);

		assertThat(firewalled.getHeader("Authorization")).isEqualTo(TOKEN);
		assertThat(firewalled.getHeader("X-Tabbed")).isEqualTo("a\tb");
		assertThatExceptionOfType(RequestRejectedException.class).isThrownBy(() -> firewalled.getHeader("X-Note"));
	}

	/**
	 * Parameter values stay as Spring Security lets them (not checked): a bad value is
	 * the application's to answer with a 400 naming the field, not a rejection thrown
	 * while the controller reads it (which surfaced as a 500).
	 */
	@Test
	void parameterValuesAreLeftToTheApplication() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/slots");
		request.setParameter("from", "2026-12-01T00:00:00Z\n");
		var firewalled = new SecurityAutoConfiguration().careFlowHttpFirewall().getFirewalledRequest(request);

		assertThat(firewalled.getParameter("from")).isEqualTo("2026-12-01T00:00:00Z\n");
	}

	@Test
	void theFirewallsOtherRulesStay() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/..;/internal/x");
		request.setRequestURI("/api/..;/internal/x");

		assertThatExceptionOfType(RequestRejectedException.class)
			.isThrownBy(() -> new SecurityAutoConfiguration().careFlowHttpFirewall().getFirewalledRequest(request));
	}

}
