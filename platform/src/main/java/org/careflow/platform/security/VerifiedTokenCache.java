package org.careflow.platform.security;

import java.time.Clock;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens whose signature, issuer, audience and expiry were verified, until they
 * expire. A client sends the same token with every request for its lifetime (minutes),
 * and checking an RSA signature again each time was a fifth of the CPU a read costs. A
 * token is only ever remembered after the full check passed, is never served once
 * expired, and the cache is bounded; a token whose signing key is withdrawn from the
 * realm stays accepted until it expires (at most the realm's token lifespan, 5 minutes),
 * as any JWT is once issued.
 */
class VerifiedTokenCache implements JwtDecoder {

	private final JwtDecoder verifier;

	private final Cache<String, Jwt> verified;

	private final Clock clock;

	VerifiedTokenCache(JwtDecoder verifier, int maximumSize, Clock clock) {
		this.verifier = verifier;
		this.clock = clock;
		// the realm's tokens live 5 minutes; none outlives its entry by much
		this.verified = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(Duration.ofMinutes(10)).build();
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt known = this.verified.getIfPresent(token);
		if (known != null && known.getExpiresAt() != null && known.getExpiresAt().isAfter(this.clock.instant())) {
			return known;
		}
		Jwt jwt = this.verifier.decode(token);
		if (jwt.getExpiresAt() != null) {
			this.verified.put(token, jwt);
		}
		return jwt;
	}

}
