package org.careflow.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class VerifiedTokenCacheTest {

	private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

	private final AtomicInteger verifications = new AtomicInteger();

	private final Instant expiry = NOW.plusSeconds(300);

	private final JwtDecoder verifier = token -> {
		this.verifications.incrementAndGet();
		if (token.startsWith("forged")) {
			throw new BadJwtException("bad signature");
		}
		return Jwt.withTokenValue(token).header("alg", "RS256").subject("patient-1").expiresAt(this.expiry).build();
	};

	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	@Test
	void aTokenIsVerifiedOnceWhileItIsValid() {
		VerifiedTokenCache cache = new VerifiedTokenCache(this.verifier, 10, this.clock);

		cache.decode("token-a");
		Jwt again = cache.decode("token-a");

		assertThat(again.getSubject()).isEqualTo("patient-1");
		assertThat(this.verifications).hasValue(1);
	}

	@Test
	void aRefusedTokenIsNeverRemembered() {
		VerifiedTokenCache cache = new VerifiedTokenCache(this.verifier, 10, this.clock);

		for (int i = 0; i < 3; i++) {
			assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> cache.decode("forged-token"));
		}

		assertThat(this.verifications).hasValue(3);
	}

	@Test
	void onceItsExpiryPassesARememberedTokenIsCheckedAgain() {
		MutableClock time = new MutableClock();
		VerifiedTokenCache cache = new VerifiedTokenCache(this.verifier, 10, time);
		cache.decode("token-a");

		time.now = NOW.plusSeconds(300);
		cache.decode("token-a");

		assertThat(this.verifications).as("at its expiry it is no longer served from memory").hasValue(2);
	}

	private static final class MutableClock extends Clock {

		private Instant now = NOW;

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
