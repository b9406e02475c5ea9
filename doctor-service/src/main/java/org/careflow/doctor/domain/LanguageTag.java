package org.careflow.doctor.domain;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;

/**
 * A language a doctor speaks, as a BCP 47 tag ({@code en}, {@code pt-BR},
 * {@code zh-Hant}), kept in its canonical form so that {@code pt-br} and {@code pt-BR}
 * are one language. The JDK's {@link Locale.Builder} decides what is well-formed; the
 * language itself must be a known two-letter code or a three-letter one.
 */
final class LanguageTag {

	static final int MAX_LENGTH = 35;

	private static final Set<String> TWO_LETTER_LANGUAGES = Set.of(Locale.getISOLanguages());

	private LanguageTag() {
	}

	/** The canonical tag, or null if {@code tag} is not a language tag. */
	static String canonical(String tag) {
		if (tag == null || tag.isEmpty() || tag.length() > MAX_LENGTH) {
			return null;
		}
		Locale locale;
		try {
			locale = new Locale.Builder().setLanguageTag(tag).build();
		}
		catch (IllformedLocaleException ex) {
			return null;
		}
		String language = locale.getLanguage();
		boolean known = (language.length() == 2) ? TWO_LETTER_LANGUAGES.contains(language) : language.length() == 3;
		// private use ("x-…") and extensions say nothing about a spoken language
		if (!known || !locale.getExtensionKeys().isEmpty()) {
			return null;
		}
		return locale.toLanguageTag();
	}

}
