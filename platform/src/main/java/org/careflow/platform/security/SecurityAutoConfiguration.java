package org.careflow.platform.security;

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

import java.time.Clock;
import java.util.Collection;

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

	@Bean
	CareFlowResourceServer careFlowResourceServer(JwtDecoder decoder, JwtAuthenticationConverter converter) {
		return new CareFlowResourceServer(decoder, converter);
	}

}
