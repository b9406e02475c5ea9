package org.careflow.http;

/**
 * The characters Spring Security's strict firewalls accept in header names and values
 * (every code point assigned in Unicode and not a control character; a value may also
 * hold a tab), checked without a regular expression.
 * <p>
 * The firewalls' own checks are the patterns {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}
 * and {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}, run over every header of every
 * request: on a request carrying a 1.2 kB token that was 6 % of the gateway's CPU. The
 * answers are the same (see {@code HeaderCharactersTest}); ASCII, nearly every header,
 * takes one comparison per character.
 */
public final class HeaderCharacters {

	private HeaderCharacters() {
	}

	/**
	 * Whether a header name may pass.
	 * @param name the text; {@code null} (absent) passes
	 * @return {@code true} if every code point is assigned and not a control character
	 */
	public static boolean isAllowedName(String name) {
		return allAllowed(name, false);
	}

	/**
	 * Whether a header value may pass.
	 * @param value the value; {@code null} (absent) passes
	 * @return {@code true} if every code point is assigned and either not a control
	 * character or a tab
	 */
	public static boolean isAllowedValue(String value) {
		return allAllowed(value, true);
	}

	private static boolean allAllowed(String text, boolean tabAllowed) {
		if (text == null) {
			// the firewalls ask about headers a request does not have, too
			return true;
		}
		int length = text.length();
		for (int i = 0; i < length;) {
			char c = text.charAt(i);
			if (c < 0x80) {
				if ((c < 0x20 && !(tabAllowed && c == '\t')) || c == 0x7f) {
					return false;
				}
				i++;
				continue;
			}
			int codePoint = text.codePointAt(i);
			int type = Character.getType(codePoint);
			if (type == Character.UNASSIGNED || type == Character.CONTROL) {
				return false;
			}
			i += Character.charCount(codePoint);
		}
		return true;
	}

}
