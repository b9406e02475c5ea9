package org.careflow.patient.domain;

import java.util.List;

import org.bson.Document;

/**
 * How the store protects a profile's personal fields (implemented by package
 * {@code crypto}): what a write {@code $set}s is sealed first, and an email is looked up
 * by its blind index term, never by its value.
 */
public interface ProfileSealing {

	/**
	 * Seals the personal fields among these stored fields, in place, adding their index
	 * terms.
	 */
	void seal(String patientId, Document fields);

	/** Fields of before the sealing that a change removes (plain copies of names). */
	List<String> retiredFields();

	/** The field an email's term is stored in. */
	String emailTermField();

	/** The term an email is found by. */
	String emailTerm(String email);

}
