package org.careflow.patient.documents.verify;

import java.util.Optional;

import org.careflow.platform.security.Caller;

/**
 * The documents of one kind, as their verification needs them: implemented by the feature
 * package that keeps them (prescriptions, records), as a Spring bean. Every bean of this
 * type is asked for its own {@link #kind()}; with none at all the service still starts,
 * and every genuine link verifies as "not found" (404).
 */
public interface VerifiableDocuments {

	/**
	 * The kind these documents are, as the links name them: lower-case letters and '-',
	 * e.g. {@code prescription}, {@code record}.
	 */
	String kind();

	/**
	 * The document as it stands now, whatever its status (a cancelled or entered-in-error
	 * one too: the page says so); empty if there is no such document.
	 */
	Optional<DocumentFacts> find(String id);

	/**
	 * The verification link of the document as it stands now, for its QR code, if the
	 * document exists.
	 * @throws org.springframework.security.access.AccessDeniedException if the caller may
	 * not read the document (checked and audited by the package that keeps it)
	 */
	default Optional<String> linkFor(Caller caller, String id) {
		return Optional.empty();
	}

	/**
	 * The document itself, for a signed-in caller whose work is to act on the paper (a
	 * pharmacist scanning a prescription), read as that caller (checked and audited by
	 * the package that keeps it); empty for anyone else, who gets the verification only.
	 */
	default Optional<Object> documentFor(Caller caller, String id) {
		return Optional.empty();
	}

}
