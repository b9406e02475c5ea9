package org.careflow.platform.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every service is a resource server that trusts no network: each request needs a token
 * with the right issuer, audience, signature and expiry. A service states only which of
 * its paths are public; everything else requires authentication, and role rules live on
 * the endpoints ({@code @PreAuthorize}). {@code /internal/**} is for other services only:
 * it takes a service's own token (realm role {@value #SERVICE_ROLE}), never an end
 * user's.
 */
public class CareFlowResourceServer {

	/** The realm role of the services' own (client credentials) tokens. */
	public static final String SERVICE_ROLE = "service";

	/** Where springdoc serves the service's OpenAPI document. */
	public static final String API_DOCS = "/v3/api-docs";

	private final JwtDecoder decoder;

	private final JwtAuthenticationConverter converter;

	CareFlowResourceServer(JwtDecoder decoder, JwtAuthenticationConverter converter) {
		this.decoder = decoder;
		this.converter = converter;
	}

	/**
	 * Builds the service's filter chain.
	 * @param http the builder
	 * @param publicPaths request paths (ant-style) reachable without a token, besides
	 * health
	 * @return the chain
	 */
	public SecurityFilterChain filterChain(HttpSecurity http, PublicEndpoint... publicPaths) throws Exception {
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.oauth2ResourceServer(oauth -> oauth.bearerTokenResolver(new OnePassBearerTokenResolver())
				.authenticationEntryPoint(ProblemResponses.unauthorized())
				.accessDeniedHandler(ProblemResponses.forbidden())
				.jwt(jwt -> jwt.decoder(this.decoder).jwtAuthenticationConverter(this.converter))
				.withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
					@Override
					public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
						filter.setAuthenticationFailureHandler(ProblemResponses.tokenCheckFailed());
						return filter;
					}
				}))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(ProblemResponses.unauthorized())
				.accessDeniedHandler(ProblemResponses.forbidden()))
			.authorizeHttpRequests(requests -> {
				// the probes on the API port, and the actuator, which lives on the
				// management port (kept private by the network)
				requests
					.requestMatchers("/livez", "/readyz", "/actuator/health/**", "/actuator/info",
							"/actuator/prometheus", "/error")
					.permitAll();
				// any other actuator operation (an operator's command, such as
				// patient-service's reseal) takes an admin's token as well
				requests.requestMatchers("/actuator/**").hasRole("admin");
				// the OpenAPI document (springdoc): describes the API, holds no health
				// data; the gateway serves it at /docs/{service}/openapi.json
				requests.requestMatchers(HttpMethod.GET, API_DOCS, API_DOCS + "/**").permitAll();
				requests.requestMatchers("/internal/**").hasRole(SERVICE_ROLE);
				for (PublicEndpoint endpoint : publicPaths) {
					permit(requests, endpoint);
				}
				requests.anyRequest().authenticated();
			});
		return http.build();
	}

	private static void permit(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
			PublicEndpoint endpoint) {
		if (endpoint.method() == null) {
			requests.requestMatchers(endpoint.path()).permitAll();
		}
		else {
			requests.requestMatchers(endpoint.method(), endpoint.path()).permitAll();
		}
	}

	/** A path reachable without a token, optionally for one HTTP method only. */
	public record PublicEndpoint(HttpMethod method, String path) {

		public static PublicEndpoint post(String path) {
			return new PublicEndpoint(HttpMethod.POST, path);
		}

		/** Reachable without a token by any method (e.g. a page and its form). */
		public static PublicEndpoint anyMethod(String path) {
			return new PublicEndpoint(null, path);
		}

	}

}
