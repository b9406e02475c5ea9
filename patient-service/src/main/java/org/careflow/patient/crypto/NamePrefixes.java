package org.careflow.patient.crypto;

import java.util.LinkedHashSet;
import java.util.Set;

import org.careflow.patient.domain.NameKey;

/**
 * What of a name the directory can be searched by, given that a blind index answers
 * equality only: every prefix of {@value #MIN} to {@value #MAX} characters of the name's
 * key ({@link NameKey}: no case, no accents) and of each of its words ("Mary Ann" is
 * found by "ma", "mary a" and "ann"). A longer search is looked up by its first
 * {@value #MAX} characters, then checked against the opened names.
 */
public final class NamePrefixes {

	public static final int MIN = 2;

	public static final int MAX = 20;

	private NamePrefixes() {
	}

	/** The prefixes of this name the index holds (none for a name shorter than MIN). */
	public static Set<String> of(String name) {
		Set<String> prefixes = new LinkedHashSet<>();
		String key = NameKey.of(name);
		if (key == null) {
			return prefixes;
		}
		addPrefixes(key, prefixes);
		for (String word : key.split("\\s+")) {
			addPrefixes(word, prefixes);
		}
		return prefixes;
	}

	/** The part of a searched prefix (a name key) the index is asked for. */
	public static String lookedUp(String prefixKey) {
		return cut(prefixKey, MAX);
	}

	/** Whether the name starts with the searched prefix, or one of its words does. */
	public static boolean matches(String name, String prefixKey) {
		String key = NameKey.of(name);
		if (key == null) {
			return false;
		}
		if (key.startsWith(prefixKey)) {
			return true;
		}
		for (String word : key.split("\\s+")) {
			if (word.startsWith(prefixKey)) {
				return true;
			}
		}
		return false;
	}

	private static void addPrefixes(String key, Set<String> prefixes) {
		int length = key.codePointCount(0, key.length());
		for (int count = MIN; count <= Math.min(length, MAX); count++) {
			prefixes.add(cut(key, count));
		}
	}

	private static String cut(String key, int codePoints) {
		int length = key.codePointCount(0, key.length());
		return (length <= codePoints) ? key : key.substring(0, key.offsetByCodePoints(0, codePoints));
	}

}
