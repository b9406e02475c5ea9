package org.careflow.platform.links;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LinkSignerTest {

	static final String KEY = "a-test-key-of-at-least-32-characters";

	static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

	final ActionLink link = ActionLink.issue(LinkAction.CANCEL, "appointment-1", "patient-1",
			ActionLink.boundToStart(Instant.parse("2026-12-03T10:00:00Z")), NOW.plus(Duration.ofDays(2)));

	@Test
	void aSignedLinkChecksAsValidWithEveryField() {
		String token = signer(KEY, null, NOW).sign(this.link);

		assertThat(signer(KEY, null, NOW).check(token)).isEqualTo(new LinkCheck.Valid(this.link));
		assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+").hasSizeLessThan(LinkSigner.MAX_TOKEN_LENGTH);
	}

	@Test
	void anyAlteredCharacterMakesTheTokenInvalidEvenInTheUnusedBitsOfTheLastOne() {
		String token = signer(KEY, null, NOW).sign(this.link);
		LinkSigner signer = signer(KEY, null, NOW);

		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
		for (int i = 0; i < token.length(); i++) {
			if (token.charAt(i) == '.') {
				continue;
			}
			for (char changed : alphabet.toCharArray()) {
				if (changed == token.charAt(i)) {
					continue;
				}
				String tampered = token.substring(0, i) + changed + token.substring(i + 1);
				assertThat(signer.check(tampered)).as("character %d altered to %s", i, changed)
					.isInstanceOf(LinkCheck.Invalid.class);
			}
		}
	}

	@Test
	void aPayloadRewrittenWithoutTheKeyIsInvalid() {
		String token = signer(KEY, null, NOW).sign(this.link);
		String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))));
		String otherAppointment = payload.replace("appointment-1", "appointment-2");
		String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(otherAppointment.getBytes())
				+ token.substring(token.indexOf('.'));

		assertThat(signer(KEY, null, NOW).check(forged)).isInstanceOf(LinkCheck.Invalid.class);
	}

	@Test
	void aLinkPastItsExpiryIsExpiredNotValid() {
		String token = signer(KEY, null, NOW).sign(this.link);

		assertThat(signer(KEY, null, this.link.expiresAt().minusSeconds(1)).check(token))
			.isInstanceOf(LinkCheck.Valid.class);
		assertThat(signer(KEY, null, this.link.expiresAt()).check(token)).isEqualTo(new LinkCheck.Expired(this.link));
	}

	@Test
	void aLinkSignedWithTheKeyBeforeARotationStillChecksAndOneWithAnUnknownKeyDoesNot() {
		String previous = "the-previous-key-of-at-least-32-chars";
		String token = signer(previous, null, NOW).sign(this.link);

		assertThat(signer(KEY, previous, NOW).check(token)).isInstanceOf(LinkCheck.Valid.class);
		assertThat(signer(KEY, null, NOW).check(token)).isInstanceOf(LinkCheck.Invalid.class);
	}

	@Test
	void garbageOfAnyShapeIsInvalid() {
		LinkSigner signer = signer(KEY, null, NOW);

		for (String garbage : new String[] { "", ".", "abc", "a.b.c", "%%%.%%%", "YQ.YQ", "x".repeat(100_000) }) {
			assertThat(signer.check(garbage)).as(garbage.length() > 20 ? "long" : garbage)
				.isInstanceOf(LinkCheck.Invalid.class);
		}
	}

	@Test
	void aLinkCannotCarryTheSeparatorOrAnAbsurdId() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ActionLink.issue(LinkAction.CANCEL, "a|b", "p", "1", NOW));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ActionLink.issue(LinkAction.CANCEL, "a".repeat(65), "p", "1", NOW));
	}

	private static LinkSigner signer(String key, String previous, Instant now) {
		return new LinkSigner(new LinkProperties(key, previous), Clock.fixed(now, ZoneOffset.UTC));
	}

}
