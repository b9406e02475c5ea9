package org.careflow.patient.documents.prescription;

import java.text.Normalizer;
import java.util.Map;

/**
 * Arabic (and Persian) letters in the forms their neighbours ask for: a PDF draws each
 * character's glyph as it is, so a name's letters are joined here by replacing each with
 * its isolated, initial, medial or final presentation form (Unicode's Arabic Presentation
 * Forms, which DejaVu Sans has), and lam followed by alef by their ligature. The text
 * stays in logical order; {@link JdkBidi} puts it right to left.
 * <p>
 * Enough for names and short texts; not a full shaping engine (no contextual forms beyond
 * these, no kashida). What ICU4J does in 13 MB, for our purpose, in a table.
 */
final class ArabicShaping {

	/** Letter → its forms: isolated, final, initial, medial (the last two 0 if none). */
	private static final Map<Character, char[]> FORMS = forms();

	private static final char LAM = '\u0644';

	private static final char TATWEEL = '\u0640';

	/**
	 * Alef variants → the lam-alef ligature's isolated form (the final one follows it).
	 */
	private static final Map<Character, Character> LAM_ALEF = Map.of('\u0622', '\uFEF5', '\u0623', '\uFEF7', '\u0625',
			'\uFEF9', '\u0627', '\uFEFB');

	private ArabicShaping() {
	}

	static String shape(String text) {
		if (!hasArabic(text)) {
			return text;
		}
		StringBuilder shaped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char letter = text.charAt(i);
			char[] forms = FORMS.get(letter);
			if (forms == null) {
				shaped.append(letter);
				continue;
			}
			boolean joinsBefore = joinsOnward(neighbour(text, i, -1)) && forms[1] != 0;
			int next = nextLetter(text, i);
			char nextLetter = (next >= 0) ? text.charAt(next) : 0;
			if (letter == LAM && LAM_ALEF.containsKey(nextLetter)) {
				char ligature = LAM_ALEF.get(nextLetter);
				shaped.append(joinsBefore ? (char) (ligature + 1) : ligature);
				// marks between lam and alef keep their place after the ligature
				shaped.append(text, i + 1, next);
				i = next;
				continue;
			}
			boolean joinsAfter = forms[2] != 0 && joinsBackward(nextLetter);
			shaped.append(form(forms, joinsBefore, joinsAfter));
		}
		return shaped.toString();
	}

	/** Back to the letters themselves (for the PDF's text layer). */
	static String unshape(String text) {
		StringBuilder plain = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean presentationForm = (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF');
			plain.append(presentationForm ? Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC)
					: String.valueOf(c));
		}
		return plain.toString();
	}

	private static char form(char[] forms, boolean joinsBefore, boolean joinsAfter) {
		if (joinsBefore && joinsAfter) {
			return forms[3];
		}
		if (joinsBefore) {
			return forms[1];
		}
		return joinsAfter ? forms[2] : forms[0];
	}

	/** Whether a letter joins the letter after it (dual-joining, or tatweel). */
	private static boolean joinsOnward(char letter) {
		char[] forms = FORMS.get(letter);
		return letter == TATWEEL || (forms != null && forms[2] != 0);
	}

	/** Whether a letter joins the letter before it. */
	private static boolean joinsBackward(char letter) {
		char[] forms = FORMS.get(letter);
		return letter == TATWEEL || (forms != null && forms[1] != 0);
	}

	private static char neighbour(String text, int index, int step) {
		for (int i = index + step; i >= 0 && i < text.length(); i += step) {
			if (!isMark(text.charAt(i))) {
				return text.charAt(i);
			}
		}
		return 0;
	}

	private static int nextLetter(String text, int index) {
		for (int i = index + 1; i < text.length(); i++) {
			if (!isMark(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	/** Vowel marks sit on a letter and do not break the joining. */
	private static boolean isMark(char c) {
		return (c >= '\u064B' && c <= '\u065F') || c == '\u0670';
	}

	private static boolean hasArabic(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\u0600' && c <= '\u06FF') {
				return true;
			}
		}
		return false;
	}

	private static Map<Character, char[]> forms() {
		Map<Character, char[]> forms = new java.util.HashMap<>();
		forms.put('\u0621', new char[] { '\uFE80', 0, 0, 0 });
		// right-joining letters: isolated and final only, in pairs from FE81
		char[] rightJoining = { '\u0622', '\u0623', '\u0624', '\u0625' };
		for (int i = 0; i < rightJoining.length; i++) {
			forms.put(rightJoining[i], twoForms((char) (0xFE81 + 2 * i)));
		}
		forms.put('\u0626', fourForms('\uFE89'));
		forms.put('\u0627', twoForms('\uFE8D'));
		forms.put('\u0628', fourForms('\uFE8F'));
		forms.put('\u0629', twoForms('\uFE93'));
		// teh .. khah: dual-joining, four forms each from FE95
		for (int i = 0; i < 5; i++) {
			forms.put((char) ('\u062A' + i), fourForms((char) (0xFE95 + 4 * i)));
		}
		// dal, thal, reh, zain: right-joining from FEA9
		for (int i = 0; i < 4; i++) {
			forms.put((char) ('\u062F' + i), twoForms((char) (0xFEA9 + 2 * i)));
		}
		// seen .. ghain: dual-joining from FEB1
		for (int i = 0; i < 8; i++) {
			forms.put((char) ('\u0633' + i), fourForms((char) (0xFEB1 + 4 * i)));
		}
		// feh .. heh: dual-joining from FED1
		for (int i = 0; i < 7; i++) {
			forms.put((char) ('\u0641' + i), fourForms((char) (0xFED1 + 4 * i)));
		}
		forms.put('\u0648', twoForms('\uFEED'));
		forms.put('\u0649', twoForms('\uFEEF'));
		forms.put('\u064A', fourForms('\uFEF1'));
		// Persian: peh, tcheh, jeh, keheh, gaf, farsi yeh
		forms.put('\u067E', fourForms('\uFB56'));
		forms.put('\u0686', fourForms('\uFB7A'));
		forms.put('\u0698', twoForms('\uFB8A'));
		forms.put('\u06A9', fourForms('\uFB8E'));
		forms.put('\u06AF', fourForms('\uFB92'));
		forms.put('\u06CC', fourForms('\uFBFC'));
		return Map.copyOf(forms);
	}

	private static char[] twoForms(char isolated) {
		return new char[] { isolated, (char) (isolated + 1), 0, 0 };
	}

	private static char[] fourForms(char isolated) {
		return new char[] { isolated, (char) (isolated + 1), (char) (isolated + 2), (char) (isolated + 3) };
	}

}
