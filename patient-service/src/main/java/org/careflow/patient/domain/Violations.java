package org.careflow.patient.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects what is wrong with a profile change, field by field, so one answer names every
 * bad field; {@link #throwIfAny()} refuses the whole change.
 */
public final class Violations {

	/** Registration's rule, kept in one place. */
	public static final String PHONE_PATTERN = "\\+?[0-9 ()-]{6,20}";

	public static final String PHONE_MESSAGE = "must be a phone number such as +15550100";

	private static final Pattern PHONE = Pattern.compile(PHONE_PATTERN);

	/** {@code PersonName}'s set: letters of any script, digits, spaces, ' ’ . , ( ) -. */
	private static final Pattern PERSON_NAME = Pattern.compile("^[\\p{L}\\p{M}\\p{N}\\p{Zs}'\u2019.,()-]+$");

	private final List<ProfileViolation> found = new ArrayList<>();

	public void add(String field, String message) {
		this.found.add(new ProfileViolation(field, message));
	}

	public List<ProfileViolation> found() {
		return List.copyOf(this.found);
	}

	public boolean isEmpty() {
		return this.found.isEmpty();
	}

	/**
	 * @throws InvalidProfileException naming every field found wrong
	 */
	public void throwIfAny() {
		if (!this.found.isEmpty()) {
			throw new InvalidProfileException(this.found);
		}
	}

	/**
	 * Optional plain text of at most {@code max} characters, stripped; blank is absent.
	 */
	public String text(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			add(field, "must be at most " + max + " characters");
			return null;
		}
		if (!text.codePoints().allMatch(Violations::printable)) {
			add(field, "must be plain text on one line");
			return null;
		}
		return text;
	}

	/** Like {@link #text} but required. */
	public String requiredText(String field, String value, int max) {
		String text = text(field, value, max);
		if (text == null && (value == null || value.isBlank())) {
			add(field, "is required");
		}
		return text;
	}

	/** A required person's name, as registration accepts it. */
	public String personName(String field, String value, int max) {
		String name = requiredText(field, value, max);
		if (name != null && !PERSON_NAME.matcher(name).matches()) {
			add(field, "may contain only letters, digits, spaces and ' - . , ( )");
			return null;
		}
		return name;
	}

	/** A required phone number, as registration accepts it. */
	public String phone(String field, String value) {
		if (value == null || value.isBlank()) {
			add(field, "is required");
			return null;
		}
		String phone = value.strip();
		if (!PHONE.matcher(phone).matches()) {
			add(field, PHONE_MESSAGE);
			return null;
		}
		return phone;
	}

	/**
	 * An optional id (a Keycloak id or a department's code): at most 64 plain characters.
	 */
	public String id(String field, String value) {
		String id = text(field, value, 64);
		if (id != null && !id.chars().allMatch((c) -> c > ' ' && c < 127)) {
			add(field, "must be an id of printable ASCII characters without spaces");
			return null;
		}
		return id;
	}

	private static boolean printable(int codePoint) {
		int type = Character.getType(codePoint);
		return type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
				&& type != Character.PRIVATE_USE && type != Character.SURROGATE && type != Character.LINE_SEPARATOR
				&& type != Character.PARAGRAPH_SEPARATOR;
	}

}
