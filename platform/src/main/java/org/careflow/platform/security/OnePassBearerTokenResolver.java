package org.careflow.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.careflow.http.BearerTokenSyntax;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Reads the token of a well-formed {@code Authorization: Bearer} header in one pass over
 * its characters ({@link BearerTokenSyntax}); every other request — no header, another
 * scheme, a malformed token — goes to Spring Security's own resolver, so the answers to
 * those stay exactly Spring's. (Spring's resolver reads no {@code access_token} parameter
 * unless told to, and the services do not tell it: a token in a URL is no credential.)
 */
final class OnePassBearerTokenResolver implements BearerTokenResolver {

	private final BearerTokenResolver spring = new DefaultBearerTokenResolver();

	@Override
	public String resolve(HttpServletRequest request) {
		String token = BearerTokenSyntax.wellFormedToken(request.getHeader(HttpHeaders.AUTHORIZATION));
		return (token != null) ? token : this.spring.resolve(request);
	}

}
