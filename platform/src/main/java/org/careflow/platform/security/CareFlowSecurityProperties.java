package org.careflow.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service checks bearer tokens.
 *
 * @param issuerUri the exact {@code iss} tokens must carry
 * @param jwkSetUri where the realm's signing keys are fetched (may differ from the issuer
 * host, e.g. inside docker-compose)
 * @param audience the {@code aud} value tokens must contain
 * @param verifiedTokenCacheSize how many verified tokens are remembered until they expire
 * (0: verify every request's token again)
 */
@ConfigurationProperties("careflow.security")
public record CareFlowSecurityProperties(@DefaultValue("http://localhost:8180/realms/careflow") String issuerUri,
		@DefaultValue("http://localhost:8180/realms/careflow/protocol/openid-connect/certs") String jwkSetUri,
		@DefaultValue("careflow-api") String audience, @DefaultValue("4096") int verifiedTokenCacheSize) {
}
