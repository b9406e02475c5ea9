package org.careflow.platform.security;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OnePassBearerTokenResolverTest {

	private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln-_bmF0dXJl";

	private final OnePassBearerTokenResolver resolver = new OnePassBearerTokenResolver();

	@Test
	void aWellFormedHeaderGivesItsToken() {
		assertThat(this.resolver.resolve(request("Bearer " + JWT))).isEqualTo(JWT);
		assertThat(this.resolver.resolve(request("bearer " + JWT))).isEqualTo(JWT);
	}

	@Test
	void noHeaderOrAnotherSchemeIsNoToken() {
		assertThat(this.resolver.resolve(request(null))).isNull();
		assertThat(this.resolver.resolve(request("Basic dXNlcjpwYXNz"))).isNull();
	}

	@Test
	void aMalformedTokenIsRefusedAsSpringSecurityRefusesIt() {
		assertThatExceptionOfType(OAuth2AuthenticationException.class)
			.isThrownBy(() -> this.resolver.resolve(request("Bearer abc def")))
			.withMessage("Bearer token is malformed");
	}

	@Test
	void aTokenInTheUrlIsNoCredential() {
		MockHttpServletRequest inUrlOnly = request(null);
		inUrlOnly.setQueryString("access_token=" + JWT);
		inUrlOnly.setParameter("access_token", JWT);
		MockHttpServletRequest both = request("Bearer " + JWT);
		both.setQueryString("access_token=other");
		both.setParameter("access_token", "other");

		assertThat(this.resolver.resolve(inUrlOnly)).isNull();
		assertThat(this.resolver.resolve(both)).isEqualTo(JWT);
	}

	private static MockHttpServletRequest request(String authorization) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/appointments/1");
		if (authorization != null) {
			request.addHeader("Authorization", authorization);
		}
		return request;
	}

}
