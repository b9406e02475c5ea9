package org.careflow.gateway;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the portal needs to know to sign users in ({@code careflow.portal.*}), served to
 * the page as {@code /portal-config.json} so one build of the portal runs against any
 * Keycloak.
 *
 * @param keycloakUrl Keycloak's base URL as the user's browser reaches it
 * @param realm the realm users sign in to
 * @param clientId the public client the portal signs in with (authorization code + PKCE)
 */
@ConfigurationProperties("careflow.portal")
record PortalProperties(@DefaultValue("http://localhost:8180") String keycloakUrl,
		@DefaultValue("careflow") String realm, @DefaultValue("careflow-web") String clientId) {

	PortalProperties {
		URI uri = URI.create(keycloakUrl);
		if (uri.getScheme() == null || uri.getHost() == null) {
			throw new IllegalArgumentException("careflow.portal.keycloak-url must be an absolute URL: " + keycloakUrl);
		}
	}

	/**
	 * Scheme, host and port of Keycloak: what the Content-Security-Policy lets the page
	 * reach.
	 */
	String keycloakOrigin() {
		URI uri = URI.create(this.keycloakUrl);
		return uri.getScheme() + "://" + uri.getHost() + ((uri.getPort() == -1) ? "" : ":" + uri.getPort());
	}

}
