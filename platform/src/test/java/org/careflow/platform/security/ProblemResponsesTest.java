package org.careflow.platform.security;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemResponsesTest {

	private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/patients/me");

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void aTokenThatCannotBeCheckedBecauseKeycloakIsDownIsA503NotTheCallersFault() throws Exception {
		ProblemResponses.tokenCheckFailed()
			.onAuthenticationFailure(this.request, this.response,
					new AuthenticationServiceException("Couldn't retrieve remote JWK set"));

		assertThat(this.response.getStatus()).isEqualTo(503);
		assertThat(this.response.getHeader("Retry-After")).isEqualTo("10");
		assertThat(this.response.getContentType()).isEqualTo("application/problem+json");
		assertThat(this.response.getContentAsString()).contains("identity provider is unreachable")
			.contains("\"instance\":\"/api/patients/me\"");
	}

	@Test
	void aBadTokenIsA401AskingForABearerToken() throws Exception {
		ProblemResponses.tokenCheckFailed()
			.onAuthenticationFailure(this.request, this.response, new InvalidBearerTokenException("expired"));

		assertThat(this.response.getStatus()).isEqualTo(401);
		assertThat(this.response.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(this.response.getContentAsString()).doesNotContain("null");
	}

}
