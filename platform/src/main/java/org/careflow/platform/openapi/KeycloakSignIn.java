package org.careflow.platform.openapi;

import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The realm's authorization-code flow, as a browser reaches it. The issuer is the host
 * form users' tokens carry (it is the browser's view of Keycloak, not the service's), so
 * it is where a user signs in; PKCE is the client's part (the Swagger UI at the gateway
 * turns it on for {@code careflow-web}, a public client).
 */
record KeycloakSignIn(String authorizationUrl, String tokenUrl) {

	static final String SCHEME = "keycloak";

	static KeycloakSignIn of(String issuerUri) {
		String realm = issuerUri.endsWith("/") ? issuerUri.substring(0, issuerUri.length() - 1) : issuerUri;
		return new KeycloakSignIn(realm + "/protocol/openid-connect/auth", realm + "/protocol/openid-connect/token");
	}

	SecurityScheme scheme() {
		OAuthFlow code = new OAuthFlow().authorizationUrl(this.authorizationUrl)
			.tokenUrl(this.tokenUrl)
			.scopes(new Scopes().addString("openid", "Sign in"));
		return new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
			.description("Keycloak realm careflow, client careflow-web: authorization code with PKCE (S256)")
			.flows(new OAuthFlows().authorizationCode(code));
	}

}
