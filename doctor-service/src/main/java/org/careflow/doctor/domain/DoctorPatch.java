package org.careflow.doctor.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.careflow.platform.validation.PersonName;
import org.careflow.platform.validation.PlainText;

/**
 * A change of a doctor's profile as a JSON merge patch (RFC 7396) sends it: fields left
 * out stay, an optional field sent as null is cleared, the list of languages is replaced
 * whole. The doctor changes their bio, phone and languages; an admin also their names,
 * specialty and license number. Every field sent is either used or refused, naming it:
 * nothing is silently ignored. The patch carries the {@code version} the editor read.
 */
public final class DoctorPatch {

	/** Who edits: the doctor themself, or an admin. */
	public enum Editor {

		DOCTOR, ADMIN

	}

	public static final String VERSION = "version";

	public static final Set<String> SELF_EDITABLE = Set.of("bio", "phone", "languages");

	public static final Set<String> ADMIN_ONLY = Set.of("firstName", "lastName", "specialty", "licenseNumber");

	public static final int MAX_BIO = 2000;

	public static final int MAX_PHONE = 20;

	public static final int MAX_LANGUAGES = 10;

	public static final int MAX_NAME = 100;

	public static final int MAX_SPECIALTY = 100;

	public static final int MAX_LICENSE_NUMBER = 50;

	/** A field name longer than this is shown cut short: the answer stays small. */
	static final int MAX_REPORTED_FIELD = 64;

	/** A leading + and 6 to 20 digits, spaces, hyphens or brackets: +41 44 123 45 67. */
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,19}");

	private static final Pattern LICENSE_NUMBER = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ./-]*");

	private static final PersonName.Validator PERSON_NAME = new PersonName.Validator();

	private static final PlainText.Validator PLAIN_TEXT = new PlainText.Validator();

	private final Map<String, Object> values;

	private final long readVersion;

	private DoctorPatch(Map<String, Object> values, long readVersion) {
		this.values = values;
		this.readVersion = readVersion;
	}

	/**
	 * Checks who may send which field and every value sent, as JSON reads them (strings,
	 * numbers, lists, maps, null).
	 * @throws InvalidDoctorChangeException naming every field refused or invalid
	 */
	public static DoctorPatch of(Editor editor, Map<String, ?> body) {
		List<FieldViolation> violations = new ArrayList<>();
		Map<String, Object> values = new HashMap<>();
		long version = -1;
		for (Map.Entry<String, ?> entry : body.entrySet()) {
			String field = entry.getKey();
			if (VERSION.equals(field)) {
				version = version(entry.getValue(), violations);
			}
			else if (SELF_EDITABLE.contains(field) || (editor == Editor.ADMIN && ADMIN_ONLY.contains(field))) {
				values.put(field, check(field, entry.getValue(), violations));
			}
			else {
				violations.add(new FieldViolation(reported(field), whyNot(field)));
			}
		}
		if (!body.containsKey(VERSION)) {
			violations.add(new FieldViolation(VERSION, "is required: the version you read"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidDoctorChangeException(violations);
		}
		return new DoctorPatch(values, version);
	}

	/** The version of the doctor this patch was based on. */
	public long readVersion() {
		return this.readVersion;
	}

	/** The doctor with the patch applied (the version is the store's to move on). */
	public Doctor applyTo(Doctor doctor) {
		DoctorProfile profile = doctor.profile();
		DoctorProfile changed = new DoctorProfile(value("bio", profile.bio()), value("phone", profile.phone()),
				value("languages", profile.languages()));
		return doctor.withAdministrativeDetails(value("firstName", doctor.firstName()),
				value("lastName", doctor.lastName()), value("specialty", doctor.specialty()),
				value("licenseNumber", doctor.licenseNumber()), changed);
	}

	@SuppressWarnings("unchecked")
	private <T> T value(String field, T current) {
		return this.values.containsKey(field) ? (T) this.values.get(field) : current;
	}

	private static String whyNot(String field) {
		if (ADMIN_ONLY.contains(field)) {
			return "may be changed by an admin only";
		}
		return switch (field) {
			case "departmentId" -> "is changed by an admin with PUT /api/doctors/{id}/department";
			case "email" -> "belongs to the login and cannot be changed here";
			default -> "is not a field of a doctor's profile that can be changed";
		};
	}

	private static String reported(String field) {
		return (field.length() > MAX_REPORTED_FIELD) ? field.substring(0, MAX_REPORTED_FIELD) + "…" : field;
	}

	private static Object check(String field, Object value, List<FieldViolation> violations) {
		return switch (field) {
			case "bio" -> optionalText(field, value, MAX_BIO, violations);
			case "phone" -> phone(value, violations);
			case "languages" -> languages(value, violations);
			case "firstName", "lastName" -> personName(field, value, violations);
			case "specialty" ->
				required(field, optionalText(field, value, MAX_SPECIALTY, violations), value, violations);
			case "licenseNumber" -> licenseNumber(value, violations);
			default -> throw new IllegalArgumentException(field);
		};
	}

	private static long version(Object value, List<FieldViolation> violations) {
		if ((value instanceof Integer || value instanceof Long) && ((Number) value).longValue() >= 0) {
			return ((Number) value).longValue();
		}
		violations.add(new FieldViolation(VERSION, "must be the whole number you read, at least 0"));
		return -1;
	}

	/** Stripped text without control characters; null when null or blank. */
	private static String optionalText(String field, Object value, int max, List<FieldViolation> violations) {
		if (value == null) {
			return null;
		}
		if (!(value instanceof String text)) {
			violations.add(new FieldViolation(field, "must be a string"));
			return null;
		}
		String stripped = text.strip();
		if (stripped.length() > max) {
			violations.add(new FieldViolation(field, "must be at most " + max + " characters"));
			return null;
		}
		if (!PLAIN_TEXT.isValid(stripped, null)) {
			violations.add(new FieldViolation(field, "must not contain control characters"));
			return null;
		}
		return stripped.isEmpty() ? null : stripped;
	}

	private static String required(String field, String checked, Object value, List<FieldViolation> violations) {
		if (checked == null && (value == null || (value instanceof String text && text.isBlank()))) {
			violations.add(new FieldViolation(field, "must not be blank"));
		}
		return checked;
	}

	private static String personName(String field, Object value, List<FieldViolation> violations) {
		String name = required(field, optionalText(field, value, MAX_NAME, violations), value, violations);
		if (name != null && !PERSON_NAME.isValid(name, null)) {
			violations.add(new FieldViolation(field, "may contain only letters, digits, spaces and ' - . , ( )"));
			return null;
		}
		return name;
	}

	private static String phone(Object value, List<FieldViolation> violations) {
		String phone = optionalText("phone", value, MAX_PHONE, violations);
		if (phone != null && !PHONE.matcher(phone).matches()) {
			violations.add(new FieldViolation("phone", "must be a phone number such as +41 44 123 45 67"));
			return null;
		}
		return phone;
	}

	private static String licenseNumber(Object value, List<FieldViolation> violations) {
		String number = optionalText("licenseNumber", value, MAX_LICENSE_NUMBER, violations);
		if (number != null && !LICENSE_NUMBER.matcher(number).matches()) {
			violations.add(new FieldViolation("licenseNumber", "may contain only letters, digits, spaces and . / -"));
			return null;
		}
		return number;
	}

	/** Canonical tags, each once; null clears the list. */
	private static List<String> languages(Object value, List<FieldViolation> violations) {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> given)) {
			violations
				.add(new FieldViolation("languages", "must be a list of language tags such as [\"en\", \"pt-BR\"]"));
			return List.of();
		}
		if (given.size() > MAX_LANGUAGES) {
			violations.add(new FieldViolation("languages", "must have at most " + MAX_LANGUAGES + " languages"));
			return List.of();
		}
		List<String> tags = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < given.size(); i++) {
			String field = "languages[" + i + "]";
			String tag = (given.get(i) instanceof String text) ? LanguageTag.canonical(text.strip()) : null;
			if (tag == null) {
				violations.add(new FieldViolation(field, "must be a BCP 47 language tag such as en or pt-BR"));
			}
			else if (!seen.add(tag)) {
				violations.add(new FieldViolation(field, "is listed twice"));
			}
			else {
				tags.add(tag);
			}
		}
		return List.copyOf(tags);
	}

}
