package org.careflow.patient.documents.verify;

import java.time.Instant;

/** What verifying a document's link found. */
public sealed interface Verdict {

	/** Not a link we signed, or not a document's: the paper proves nothing. */
	record NotGenuine() implements Verdict {
	}

	/** Signed by us, but the paper's validity has ended. */
	record Expired(String kind, Instant expiredAt) implements Verdict {
	}

	/** Signed by us, but no such document (or none of that kind) is known here. */
	record NotFound(String kind) implements Verdict {
	}

	/**
	 * Signed by us, but the document has changed since this paper was printed: the paper
	 * shows an earlier version.
	 */
	record Superseded(DocumentFacts now) implements Verdict {
	}

	/**
	 * Signed by us, and the paper shows the document as it stands: its status says
	 * whether it is still in force (active), used (filled) or withdrawn (cancelled,
	 * entered-in-error).
	 */
	record Genuine(DocumentFacts facts) implements Verdict {
	}

}
