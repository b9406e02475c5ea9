package org.careflow.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway checks bearer tokens; the same property names as the services use.
 *
 * @param issuerUri the exact {@code iss} tokens must carry
 * @param jwkSetUri where the realm's signing keys are fetched
 * @param audience the {@code aud} value tokens must contain
 * @param verifiedTokenCacheSize how many verified tokens are remembered until they expire
 * (0: verify every request's token again)
 */
@ConfigurationProperties("careflow.security")
record TokenProperties(@DefaultValue("http://localhost:8180/realms/careflow") String issuerUri,
		@DefaultValue("http://localhost:8180/realms/careflow/protocol/openid-connect/certs") String jwkSetUri,
		@DefaultValue("careflow-api") String audience, @DefaultValue("4096") int verifiedTokenCacheSize) {
}
