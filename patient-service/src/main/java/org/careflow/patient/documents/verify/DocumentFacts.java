package org.careflow.patient.documents.verify;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a verification may tell about a document, and what it checks the link against.
 * Nothing clinical and no patient name: the page is public.
 *
 * @param kind as {@link VerifiableDocuments#kind()}
 * @param id the document's id
 * @param patientId whose document it is: checked against the link, never shown
 * @param version its version now (optimistic locking): a link to an earlier version is
 * superseded
 * @param issuedOn the date it was written, in the clinic's zone
 * @param prescriberName who wrote it, as printed on it
 * @param status where it stands now
 */
public record DocumentFacts(String kind, String id, String patientId, long version, LocalDate issuedOn,
		String prescriberName, DocumentStatus status) {

	public DocumentFacts {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(patientId, "patientId");
		Objects.requireNonNull(issuedOn, "issuedOn");
		Objects.requireNonNull(prescriberName, "prescriberName");
		Objects.requireNonNull(status, "status");
	}

}
