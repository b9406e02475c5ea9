package org.careflow.patient.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.careflow.patient.domain.EmergencyContact;
import org.careflow.patient.domain.Gender;
import org.careflow.patient.domain.InvalidProfileException;
import org.careflow.patient.domain.PostalAddress;
import org.careflow.patient.domain.PreferredLanguage;
import org.careflow.patient.domain.ProfileViolation;
import org.careflow.patient.domain.Violations;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the fields of a profile change from its JSON, by name, so that every field sent
 * is either used or refused (never ignored), and each bad one is named. The body is read
 * here rather than bound to a record: a record would drop unknown fields and could not
 * tell a field sent as null (clear it) from one left out (keep it), which a merge patch
 * (RFC 7396) must.
 */
final class ProfileReader {

	/** A profile is a few hundred bytes; 16 kB leaves room for five long contacts. */
	static final int MAX_BODY_BYTES = 16 * 1024;

	static final Set<String> ADDRESS_FIELDS = Set.of("line1", "line2", "city", "postalCode", "country");

	static final Set<String> CONTACT_FIELDS = Set.of("name", "relationship", "phone");

	/** A field named twice would otherwise be read as its last value, silently. */
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private final Violations violations = new Violations();

	Violations violations() {
		return this.violations;
	}

	/**
	 * The body as one JSON object.
	 * @throws ProfileBodyTooLargeException above {@value #MAX_BODY_BYTES} bytes
	 * @throws InvalidProfileException if it is not one JSON object
	 */
	static JsonNode object(byte[] body) {
		if (body != null && body.length > MAX_BODY_BYTES) {
			throw new ProfileBodyTooLargeException(MAX_BODY_BYTES);
		}
		JsonNode node;
		try {
			node = (body != null && body.length > 0) ? JSON.readTree(body) : null;
		}
		catch (JacksonException ex) {
			node = null;
		}
		if (node == null || !node.isObject()) {
			throw new InvalidProfileException(
					List.of(new ProfileViolation("body", "must be one JSON object, each field named once")));
		}
		return node;
	}

	/**
	 * A string field's value; null when null. A value of another type is reported and
	 * read as null.
	 */
	String string(String field, JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			this.violations.add(field, "must be a string");
			return null;
		}
		return node.stringValue();
	}

	/** Whether the value is there but not a string (already reported). */
	private boolean wrongType(JsonNode node) {
		return node != null && !node.isNull() && !node.isString();
	}

	String phone(String field, JsonNode node) {
		if (wrongType(node)) {
			return string(field, node);
		}
		return this.violations.phone(field, string(field, node));
	}

	String personName(String field, JsonNode node) {
		if (wrongType(node)) {
			return string(field, node);
		}
		return this.violations.personName(field, string(field, node), 100);
	}

	String id(String field, JsonNode node) {
		return this.violations.id(field, string(field, node));
	}

	String language(String field, JsonNode node) {
		return PreferredLanguage.of(field, string(field, node), this.violations);
	}

	Gender gender(String field, JsonNode node) {
		String code = string(field, node);
		if (code == null) {
			return null;
		}
		return Gender.fromCode(code).orElseGet(() -> {
			this.violations.add(field, "must be one of male, female, other, unknown");
			return null;
		});
	}

	LocalDate date(String field, JsonNode node) {
		String text = string(field, node);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			this.violations.add(field, "must be an ISO date such as 1990-04-12");
			return null;
		}
	}

	/** A whole number of at least 0; -1 when absent or bad (reported). */
	long version(String field, JsonNode node) {
		if (node == null || node.isNull()) {
			this.violations.add(field, "is required: the version you read");
			return -1;
		}
		if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < 0) {
			this.violations.add(field, "must be a whole number of at least 0");
			return -1;
		}
		return node.asLong();
	}

	/**
	 * An address merged into {@code current} as RFC 7396 says: null clears it, a part
	 * sent as null clears that part, parts left out stay.
	 */
	PostalAddress address(String field, PostalAddress current, JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isObject()) {
			this.violations.add(field, "must be an object {line1, line2, city, postalCode, country} or null");
			return null;
		}
		unknown(field, node, ADDRESS_FIELDS);
		PostalAddress base = (current != null) ? current : new PostalAddress(null, null, null, null, null);
		return PostalAddress.of(field, part(field, "line1", node, base.line1()),
				part(field, "line2", node, base.line2()), part(field, "city", node, base.city()),
				part(field, "postalCode", node, base.postalCode()), part(field, "country", node, base.country()),
				this.violations);
	}

	private String part(String field, String part, JsonNode address, String current) {
		return address.has(part) ? string(field + "." + part, address.get(part)) : current;
	}

	/** A whole list of contacts (a merge patch replaces arrays); null clears it. */
	List<EmergencyContact> contacts(String field, JsonNode node) {
		if (node == null || node.isNull()) {
			return List.of();
		}
		if (!node.isArray()) {
			this.violations.add(field, "must be a list of {name, relationship, phone} or null");
			return List.of();
		}
		List<JsonNode> given = List.copyOf(node.values());
		EmergencyContact.checkCount(field, given, this.violations);
		List<EmergencyContact> contacts = new ArrayList<>();
		for (int i = 0; i < Math.min(given.size(), EmergencyContact.MAX_CONTACTS); i++) {
			String at = field + "[" + i + "]";
			JsonNode contact = given.get(i);
			if (!contact.isObject()) {
				this.violations.add(at, "must be an object {name, relationship, phone}");
				continue;
			}
			unknown(at, contact, CONTACT_FIELDS);
			String name = personName(at + ".name", contact.get("name"));
			String relationship = this.violations.text(at + ".relationship",
					string(at + ".relationship", contact.get("relationship")), EmergencyContact.MAX_RELATIONSHIP);
			String phone = phone(at + ".phone", contact.get("phone"));
			contacts.add(new EmergencyContact(name, relationship, phone));
		}
		return contacts;
	}

	private void unknown(String field, JsonNode object, Set<String> known) {
		for (String name : object.propertyNames()) {
			if (!known.contains(name)) {
				this.violations.add(field + "." + name, "is not a field of " + field);
			}
		}
	}

}
