package org.careflow.gateway;

import java.time.Clock;
import java.util.Collection;

import org.careflow.http.HeaderCharacters;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/**
 * The gateway turns away requests without a valid token before they reach a service, so a
 * service never spends work on an anonymous flood. Role rules are not repeated here: each
 * service checks the same token again and decides what the caller may do.
 * <p>
 * Open without a token: self-registration, the health probes {@code /livez} and
 * {@code /readyz}, the portal's static files and {@code /portal-config.json}, the API's
 * description under {@code /docs} (GET and HEAD), and the actuator on the management port
 * (private to operators; the API port serves no other actuator path).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** What {@link PortalRoutes} serves; nothing under {@code /api}. */
	static final String[] PORTAL_PATHS = { "/", "/index.html", "/app", "/app/**", "/assets/*", "/portal-config.json" };

	/**
	 * The Swagger UI ({@code /docs} redirects to springdoc's
	 * {@code /docs/swagger-ui.html}, its files under {@code /docs/swagger-ui/}, its
	 * settings at {@code /docs/ui/swagger-config}) and the services' OpenAPI documents:
	 * they describe the API and hold no health data.
	 */
	static final String[] DOCS_PATHS = { "/docs", "/docs/**" };

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder,
			ObjectProvider<RateLimits> rateLimits) {
		ProblemAuthenticationEntryPoint unauthorized = new ProblemAuthenticationEntryPoint();
		// counted per user only once the token proved valid
		rateLimits.ifAvailable((limits) -> http.addFilterAfter(new UserRateLimitFilter(limits.user()),
				SecurityWebFiltersOrder.AUTHENTICATION));
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.authorizeExchange(exchanges -> exchanges.matchers(ManagementServer.ACTUATOR_REQUESTS)
				.permitAll()
				.pathMatchers(HttpMethod.POST, "/api/patients/register")
				.permitAll()
				.pathMatchers("/livez", "/readyz")
				.permitAll()
				// emails' action links: the signed link is the permission
				.pathMatchers("/links/*", "/links/email/*")
				.permitAll()
				// a printed document's QR code: the signed link proves the paper
				.pathMatchers(HttpMethod.GET, "/verify/*")
				.permitAll()
				// the portal's files and its sign-in settings: the page signs in by
				// itself
				.pathMatchers(HttpMethod.GET, PORTAL_PATHS)
				.permitAll()
				.pathMatchers(HttpMethod.HEAD, PORTAL_PATHS)
				.permitAll()
				// the API's description, read without a token; nothing else under /docs
				.pathMatchers(HttpMethod.GET, DOCS_PATHS)
				.permitAll()
				.pathMatchers(HttpMethod.HEAD, DOCS_PATHS)
				.permitAll()
				.anyExchange()
				.authenticated())
			.oauth2ResourceServer(
					resourceServer -> resourceServer.bearerTokenConverter(new OnePassBearerTokenConverter())
						.authenticationEntryPoint(unauthorized)
						.authenticationFailureHandler(new TokenCheckFailureHandler(unauthorized))
						.jwt(jwt -> jwt.jwtDecoder(jwtDecoder)))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(unauthorized))
			.build();
	}

	/**
	 * Spring Security's strict firewall with its own rules (parameters included: those
	 * are checked only when read, and values not at all), but the header characters
	 * checked without its regular expressions ({@link HeaderCharacters}: the same
	 * answers; the expressions were 6 % of the CPU under reads, run over every header of
	 * every request, the 1.2 kB token included).
	 */
	@Bean
	ServerWebExchangeFirewall firewall() {
		StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
		firewall.setAllowedHeaderNames(HeaderCharacters::isAllowedName);
		firewall.setAllowedHeaderValues(HeaderCharacters::isAllowedValue);
		return firewall;
	}

	/**
	 * Signature (keys fetched lazily, so the gateway starts while Keycloak still boots),
	 * issuer, audience and expiry are all checked, once per token: a verified token is
	 * remembered until it expires.
	 */
	@Bean
	ReactiveJwtDecoder jwtDecoder(TokenProperties properties) {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
		OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
				aud -> aud != null && aud.contains(properties.audience()));
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				JwtValidators.createDefaultWithIssuer(properties.issuerUri()), audience));
		// keys that cannot be fetched surface as IllegalStateException; as a JwtException
		// they
		// become an AuthenticationServiceException, which TokenCheckFailureHandler
		// answers 503
		ReactiveJwtDecoder checked = token -> decoder.decode(token)
			.onErrorMap(ex -> !(ex instanceof JwtException),
					ex -> new JwtException("The token could not be checked: " + ex.getMessage(), ex));
		return (properties.verifiedTokenCacheSize() > 0)
				? new VerifiedTokenCache(checked, properties.verifiedTokenCacheSize(), Clock.systemUTC()) : checked;
	}

}
