package org.careflow.patient.domain;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The language a patient prefers, as a BCP 47 tag ({@code fr}, {@code pt-BR}) that
 * {@link Locale#forLanguageTag} reads as written; kept in its canonical form.
 */
public final class PreferredLanguage {

	public static final int MAX_LENGTH = 35;

	/** An ISO 639 language first (BCP 47's longer language subtags are not in use). */
	private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

	private static final Set<String> TWO_LETTER_LANGUAGES = Set.of(Locale.getISOLanguages());

	private PreferredLanguage() {
	}

	/**
	 * @return the canonical tag, or null when absent or invalid (then reported)
	 */
	public static String of(String field, String value, Violations violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String tag = value.strip();
		if (tag.length() > MAX_LENGTH || !TAG.matcher(tag).matches()) {
			violations.add(field,
					"must be a BCP 47 language tag such as fr or pt-BR (at most " + MAX_LENGTH + " characters)");
			return null;
		}
		Locale locale = Locale.forLanguageTag(tag);
		String canonical = locale.toLanguageTag();
		// forLanguageTag drops what it does not understand: then the tag does not
		// round-trip
		String language = locale.getLanguage();
		if (language.isEmpty() || (language.length() == 2 && !TWO_LETTER_LANGUAGES.contains(language))
				|| !canonical.equalsIgnoreCase(tag)) {
			violations.add(field, "must be a BCP 47 language tag such as fr or pt-BR");
			return null;
		}
		return canonical;
	}

}
