package org.careflow.gateway;

import java.time.Clock;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Remembers tokens whose signature, issuer, audience and expiry were verified, until they
 * expire: a client sends the same token with every request for minutes, and checking its
 * RSA signature again each time was a fifth of the gateway's CPU per request. Only a
 * token that passed the full check is remembered; it is never served once expired; the
 * cache is bounded. (The reactive twin of the platform's cache for the services.)
 */
class VerifiedTokenCache implements ReactiveJwtDecoder {

	private final ReactiveJwtDecoder verifier;

	private final Cache<String, Jwt> verified;

	private final Clock clock;

	VerifiedTokenCache(ReactiveJwtDecoder verifier, int maximumSize, Clock clock) {
		this.verifier = verifier;
		this.clock = clock;
		// the realm's tokens live 5 minutes; none outlives its entry by much
		this.verified = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(Duration.ofMinutes(10)).build();
	}

	@Override
	public Mono<Jwt> decode(String token) {
		Jwt known = this.verified.getIfPresent(token);
		if (known != null && known.getExpiresAt() != null && known.getExpiresAt().isAfter(this.clock.instant())) {
			return Mono.just(known);
		}
		return this.verifier.decode(token).doOnNext(jwt -> {
			if (jwt.getExpiresAt() != null) {
				this.verified.put(token, jwt);
			}
		});
	}

}
