package org.careflow.patient.crypto;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.bson.Document;
import org.careflow.patient.domain.PatientDetails;
import org.careflow.patient.domain.ProfileSealing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Which fields of a {@code patients} document are personal data, and how they are sealed
 * and opened in place. Sealing also writes the blind index terms the store searches by
 * ({@code emailTerm}, {@code birthDateTerm}, {@code nameTerms}) and marks the document
 * with the key it was sealed with ({@code sealedWith}).
 * <p>
 * Documents without {@code sealedWith} were stored before encryption: their plain values
 * are read as they are (and resealed by {@link ProfileResealing}). In a document that has
 * it, a plain value where a sealed one belongs is refused like an altered one.
 */
@Component
public class PatientSealing implements ProfileSealing {

	public static final String SEALED_WITH = "sealedWith";

	public static final String EMAIL_TERM = "emailTerm";

	public static final String BIRTH_DATE_TERM = "birthDateTerm";

	public static final String NAME_TERMS = "nameTerms";

	/** The directory's plain name keys of before encryption, removed when resealed. */
	public static final List<String> PLAIN_NAME_KEYS = List.of("firstNameKey", "lastNameKey");

	private static final List<String> TEXTS = List.of("firstName", "lastName", "email", "phone", "gender");

	/** Every field that is stored sealed. */
	public static final List<String> SEALED_FIELDS = List.of("firstName", "lastName", "email", "phone", "gender",
			"birthDate", "address", "emergencyContacts");

	private static final String BIRTH_DATE = "birthDate";

	private static final String ADDRESS = "address";

	private static final List<String> ADDRESS_PARTS = List.of("line1", "line2", "city", "postalCode", "country");

	private static final String CONTACTS = "emergencyContacts";

	private static final List<String> CONTACT_PARTS = List.of("name", "relationship", "phone");

	private static final Logger log = LoggerFactory.getLogger(PatientSealing.class);

	private final FieldCipher cipher;

	private final BlindIndex index;

	public PatientSealing(FieldCipher cipher, BlindIndex index) {
		this.cipher = cipher;
		this.index = index;
	}

	/**
	 * Seals the personal fields present in {@code fields} (a whole document or the fields
	 * of an update, all plain) and adds the index terms of those present.
	 */
	@Override
	public void seal(String id, Document fields) {
		if (fields.get("firstName") instanceof String first && fields.get("lastName") instanceof String last) {
			fields.put(NAME_TERMS, nameTerms(first, last));
		}
		if (fields.get("email") instanceof String email) {
			fields.put(EMAIL_TERM, emailTerm(email));
		}
		if (fields.containsKey(BIRTH_DATE)) {
			LocalDate birthDate = dateOf(fields.get(BIRTH_DATE));
			fields.put(BIRTH_DATE_TERM, (birthDate != null) ? birthDateTerm(birthDate) : null);
			fields.put(BIRTH_DATE, (birthDate != null) ? this.cipher.seal(birthDate.toString(), id, BIRTH_DATE) : null);
		}
		for (String field : TEXTS) {
			if (fields.get(field) != null) {
				fields.put(field, this.cipher.seal(fields.get(field).toString(), id, field));
			}
		}
		if (fields.get(ADDRESS) instanceof Document address) {
			sealParts(id, ADDRESS, address, ADDRESS_PARTS);
		}
		if (fields.get(CONTACTS) instanceof List<?> contacts) {
			contacts.forEach((contact) -> sealParts(id, CONTACTS, (Document) contact, CONTACT_PARTS));
		}
		PLAIN_NAME_KEYS.forEach(fields::remove);
		fields.put(SEALED_WITH, this.cipher.currentKeyId());
	}

	/**
	 * Opens the personal fields of a whole document in place.
	 * @throws UnreadableRecordException if one of them fails its integrity check (logged
	 * with the document's id, never with data)
	 */
	public void open(Document document) {
		String id = String.valueOf(document.get("_id"));
		boolean sealed = document.containsKey(SEALED_WITH);
		try {
			for (String field : TEXTS) {
				if (document.get(field) != null) {
					document.put(field, opened(document.get(field), id, field, sealed));
				}
			}
			String birthDate = opened(document.get(BIRTH_DATE), id, BIRTH_DATE, sealed);
			if (birthDate != null) {
				document.put(BIRTH_DATE, LocalDate.parse(birthDate));
			}
			if (document.get(ADDRESS) instanceof Document address) {
				openParts(id, ADDRESS, address, ADDRESS_PARTS, sealed);
			}
			if (document.get(CONTACTS) instanceof List<?> contacts) {
				for (Object contact : contacts) {
					openParts(id, CONTACTS, (Document) contact, CONTACT_PARTS, sealed);
				}
			}
		}
		catch (IntegrityException | DateTimeParseException ex) {
			log.error("Integrity check failed for patient {}: {}", id,
					(ex instanceof IntegrityException) ? ex.getMessage() : "birthDate is not a date");
			throw new UnreadableRecordException(id, (ex instanceof IntegrityException integrity) ? integrity
					: new IntegrityException("birthDate is not a date"));
		}
	}

	/** Whether the document is not (all) sealed with the current key. */
	public boolean needsResealing(Document document) {
		return !this.cipher.currentKeyId().equals(document.get(SEALED_WITH));
	}

	@Override
	public List<String> retiredFields() {
		return PLAIN_NAME_KEYS;
	}

	@Override
	public String emailTermField() {
		return EMAIL_TERM;
	}

	@Override
	public String emailTerm(String email) {
		return this.index.term("email", PatientDetails.normaliseEmail(email));
	}

	public String birthDateTerm(LocalDate birthDate) {
		return this.index.term("birthDate", birthDate.toString());
	}

	/** The term a directory search by this name prefix (a name key) looks up. */
	public String nameTerm(String prefixKey) {
		return this.index.term("name", NamePrefixes.lookedUp(prefixKey));
	}

	private List<String> nameTerms(String firstName, String lastName) {
		Set<String> terms = new TreeSet<>();
		NamePrefixes.of(firstName).forEach((prefix) -> terms.add(this.index.term("name", prefix)));
		NamePrefixes.of(lastName).forEach((prefix) -> terms.add(this.index.term("name", prefix)));
		return new ArrayList<>(terms);
	}

	private void sealParts(String id, String field, Document value, List<String> parts) {
		for (String part : parts) {
			if (value.get(part) != null) {
				value.put(part, this.cipher.seal(value.get(part).toString(), id, field + "." + part));
			}
		}
	}

	private void openParts(String id, String field, Document value, List<String> parts, boolean sealed) {
		for (String part : parts) {
			if (value.get(part) != null) {
				value.put(part, opened(value.get(part), id, field + "." + part, sealed));
			}
		}
	}

	private String opened(Object value, String id, String field, boolean sealed) {
		if (value == null) {
			return null;
		}
		if (FieldCipher.isSealed(value)) {
			return this.cipher.open((String) value, id, field);
		}
		if (sealed) {
			throw new IntegrityException(field + " is plain where a sealed value belongs");
		}
		return (value instanceof Date date) ? LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC).toString()
				: value.toString();
	}

	private static LocalDate dateOf(Object value) {
		if (value instanceof LocalDate date) {
			return date;
		}
		if (value instanceof Date date) {
			return LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
		}
		return (value != null) ? LocalDate.parse(value.toString()) : null;
	}

}
