package org.careflow.platform.security;

import java.time.Clock;
import java.util.Collection;

import org.careflow.http.HeaderCharacters;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/** JWT checks shared by every servlet service. */
@AutoConfiguration
@EnableMethodSecurity
@EnableConfigurationProperties(CareFlowSecurityProperties.class)
public class SecurityAutoConfiguration {

	/**
	 * Keys are fetched lazily on the first request, so a service starts even while
	 * Keycloak is still booting. Issuer, audience, expiry and signature are all checked,
	 * once per token: a verified token is remembered until it expires.
	 */
	@Bean
	@ConditionalOnMissingBean
	JwtDecoder careFlowJwtDecoder(CareFlowSecurityProperties properties) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
		OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
				aud -> aud != null && aud.contains(properties.audience()));
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				JwtValidators.createDefaultWithIssuer(properties.issuerUri()), audience));
		return (properties.verifiedTokenCacheSize() > 0)
				? new VerifiedTokenCache(decoder, properties.verifiedTokenCacheSize(), Clock.systemUTC()) : decoder;
	}

	@Bean
	@ConditionalOnMissingBean
	JwtAuthenticationConverter careFlowJwtAuthenticationConverter() {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(new RealmRoles());
		return converter;
	}

	/**
	 * Spring Security's strict firewall with its own rules (parameters included: those
	 * are checked only when read, and values not at all), but the header characters
	 * checked without its regular expressions ({@link HeaderCharacters}: the same
	 * answers; the expressions were 6 % of the CPU under reads, run over every header of
	 * every request, the 1.2 kB token included).
	 */
	@Bean
	@ConditionalOnMissingBean
	HttpFirewall careFlowHttpFirewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHeaderNames(HeaderCharacters::isAllowedName);
		firewall.setAllowedHeaderValues(HeaderCharacters::isAllowedValue);
		return firewall;
	}

	@Bean
	CareFlowResourceServer careFlowResourceServer(JwtDecoder decoder, JwtAuthenticationConverter converter) {
		return new CareFlowResourceServer(decoder, converter);
	}

}
