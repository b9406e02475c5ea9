package org.careflow.gateway;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class VerifiedTokenCacheTest {

	private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

	private final AtomicInteger verifications = new AtomicInteger();

	private final ReactiveJwtDecoder verifier = (token) -> Mono.defer(() -> {
		this.verifications.incrementAndGet();
		if (token.startsWith("forged")) {
			return Mono.error(new BadJwtException("bad signature"));
		}
		return Mono.just(Jwt.withTokenValue(token)
			.header("alg", "RS256")
			.subject("patient-1")
			.expiresAt(NOW.plusSeconds(300))
			.build());
	});

	@Test
	void aValidTokenIsVerifiedOnceAndARefusedOneEveryTime() {
		VerifiedTokenCache cache = new VerifiedTokenCache(this.verifier, 10, Clock.fixed(NOW, ZoneOffset.UTC));

		assertThat(cache.decode("token-a").block().getSubject()).isEqualTo("patient-1");
		assertThat(cache.decode("token-a").block().getSubject()).isEqualTo("patient-1");
		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> cache.decode("forged-a").block());
		}

		assertThat(this.verifications).hasValue(3);
	}

	@Test
	void aRememberedTokenIsCheckedAgainOnceExpired() {
		// the cache's clock is at the token's expiry
		VerifiedTokenCache cache = new VerifiedTokenCache(this.verifier, 10,
				Clock.fixed(NOW.plusSeconds(300), ZoneOffset.UTC));

		cache.decode("token-a").block();
		cache.decode("token-a").block();

		// (a real verifier would refuse it by then; this one only counts the checks)
		assertThat(this.verifications).hasValue(2);
	}

}
