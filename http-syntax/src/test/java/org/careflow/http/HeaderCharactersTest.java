package org.careflow.http;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderCharactersTest {

	/**
	 * Spring Security's StrictHttpFirewall / StrictServerWebExchangeFirewall patterns.
	 */
	private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

	private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

	@Test
	void everyCodePointIsJudgedAsTheFirewallsJudgeIt() {
		for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
			String text = "a" + Character.toString(codePoint) + "b";
			assertThat(HeaderCharacters.isAllowedName(text)).as("name U+%04X", codePoint)
				.isEqualTo(NAMES.matcher(text).matches());
			assertThat(HeaderCharacters.isAllowedValue(text)).as("value U+%04X", codePoint)
				.isEqualTo(VALUES.matcher(text).matches());
		}
	}

	@Test
	void loneSurrogatesAndPairsAreJudgedAsTheFirewallsJudgeThem() {
		for (String text : new String[] { "\uD83D\uDE00", "\uD83D", "\uDE00", "x\uD83Dy", "\uDE00\uD83D", "" }) {
			assertThat(HeaderCharacters.isAllowedName(text)).as(text).isEqualTo(NAMES.matcher(text).matches());
			assertThat(HeaderCharacters.isAllowedValue(text)).as(text).isEqualTo(VALUES.matcher(text).matches());
		}
	}

	@Test
	void anAbsentHeaderPasses() {
		assertThat(HeaderCharacters.isAllowedName(null)).isTrue();
		assertThat(HeaderCharacters.isAllowedValue(null)).isTrue();
	}

	@Test
	void aTabIsAllowedInValuesOnly() {
		assertThat(HeaderCharacters.isAllowedValue("a\tb")).isTrue();
		assertThat(HeaderCharacters.isAllowedName("a\tb")).isFalse();
		assertThat(HeaderCharacters.isAllowedValue("a\r\nX-Injected: 1")).isFalse();
		assertThat(HeaderCharacters.isAllowedValue("a\u0000")).isFalse();
		assertThat(HeaderCharacters.isAllowedValue("Bearer eyJhbGciOi.xyz")).isTrue();
	}

}
