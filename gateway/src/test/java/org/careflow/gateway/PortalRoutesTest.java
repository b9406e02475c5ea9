package org.careflow.gateway;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The portal's files and settings as {@link PortalRoutes} answers them, without the rest
 * of the gateway ({@code GatewayIT} checks them behind the security chain).
 */
class PortalRoutesTest {

	private final PortalProperties properties = new PortalProperties("https://login.clinic.example:8443/", "careflow",
			"careflow-web");

	private final WebTestClient portal = WebTestClient
		.bindToRouterFunction(new PortalRoutes().portalRouter(this.properties))
		.build();

	@Test
	void thePageLetsScriptsComeOnlyFromTheGatewayAndConnectOnlyToItAndKeycloak() {
		String csp = this.portal.get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("Content-Security-Policy");

		assertThat(csp).contains("script-src 'self';", "connect-src 'self' https://login.clinic.example:8443;",
				"form-action 'self' https://login.clinic.example:8443", "frame-ancestors 'none'");
	}

	@Test
	void theSettingsNameKeycloakTheRealmAndTheClient() {
		this.portal.get()
			.uri("/portal-config.json")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
			.expectBody()
			.jsonPath("$.keycloakUrl")
			.isEqualTo("https://login.clinic.example:8443/")
			.jsonPath("$.realm")
			.isEqualTo("careflow")
			.jsonPath("$.clientId")
			.isEqualTo("careflow-web");
	}

	@Test
	void onlyBuiltAssetNamesAreServed() {
		this.portal.get().uri("/assets/nothing-here.js").exchange().expectStatus().isNotFound();
		this.portal.get().uri("/assets/.hidden").exchange().expectStatus().isNotFound();
		this.portal.get().uri("/app/some/page").exchange().expectStatus().isOk();
	}

	@Test
	void aKeycloakUrlThatIsNotAbsoluteIsRefusedAtStart() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PortalProperties("keycloak:8180", "careflow", "careflow-web"));
	}

}
