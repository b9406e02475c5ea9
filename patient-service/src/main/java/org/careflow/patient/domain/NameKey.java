package org.careflow.patient.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name as the staff directory searches it: compatibility-decomposed, without accents,
 * lower case ("Zoë" and "ZOE" are both "zoe"). Stored beside each name and indexed, so a
 * search compares keys instead of applying a case-insensitive pattern to every profile.
 */
public final class NameKey {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private NameKey() {
	}

	public static String of(String name) {
		if (name == null) {
			return null;
		}
		String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD);
		return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
	}

}
