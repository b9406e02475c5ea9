package org.careflow.http;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BearerTokenSyntaxTest {

	/**
	 * Spring Security's own grammar (DefaultBearerTokenResolver,
	 * ServerBearerTokenAuthenticationConverter).
	 */
	private static final Pattern SPRING_SECURITY = Pattern.compile("^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$",
			Pattern.CASE_INSENSITIVE);

	@Test
	void aJwtIsItsOwnToken() {
		String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl-_";
		assertThat(BearerTokenSyntax.wellFormedToken("Bearer " + jwt)).isEqualTo(jwt);
		assertThat(BearerTokenSyntax.wellFormedToken("bearer " + jwt)).isEqualTo(jwt);
		assertThat(BearerTokenSyntax.wellFormedToken("BEARER abc+/~==")).isEqualTo("abc+/~==");
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "Bearer", "Bearer ", "Bearer  abc", "Bearer abc ", "Bearer =abc", "Bearer abc=d",
			"Basic dXNlcjpwYXNz", "Bearerabc", "Bearer a\tb", "Bearer é", "Bearer abc,def" })
	void anythingElseIsLeftToSpringSecurity(String header) {
		assertThat(BearerTokenSyntax.wellFormedToken(header)).isNull();
	}

	@Test
	void acceptsExactlyWhatSpringSecurityAccepts() {
		Random random = new Random(6750);
		String alphabet = "aZ09-._~+/= \tBeArRé\u212A,";
		for (int n = 0; n < 200_000; n++) {
			StringBuilder header = new StringBuilder(random.nextBoolean() ? "Bearer " : "");
			int length = random.nextInt(12);
			for (int i = 0; i < length; i++) {
				header.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String value = header.toString();
			var matcher = SPRING_SECURITY.matcher(value);
			String expected = matcher.matches() ? matcher.group("token") : null;
			assertThat(BearerTokenSyntax.wellFormedToken(value)).as(value).isEqualTo(expected);
		}
	}

}
