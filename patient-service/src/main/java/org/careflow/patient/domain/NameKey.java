package org.careflow.patient.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A name as the staff directory searches it: compatibility-decomposed, without accents,
 * lower case ("Zoë" and "ZOE" are both "zoe"; letters that carry their stroke in one
 * character, "Ł", "Ø", "ß", are spelt as without it). Stored beside each name and
 * indexed, so a search compares keys instead of applying a case-insensitive pattern to
 * every profile.
 */
public final class NameKey {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/** Latin letters with a stroke or ligature that no decomposition takes apart. */
	private static final Map<String, String> UNDECOMPOSABLE = Map.of("ł", "l", "đ", "d", "ø", "o", "ħ", "h", "ı", "i",
			"ß", "ss", "æ", "ae", "œ", "oe", "þ", "th", "ŀ", "l");

	private static final Pattern STROKED = Pattern.compile("[łđøħıßæœþŀ]");

	private NameKey() {
	}

	public static String of(String name) {
		if (name == null) {
			return null;
		}
		String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD);
		String folded = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
		return STROKED.matcher(folded).replaceAll((letter) -> UNDECOMPOSABLE.get(letter.group()));
	}

}
