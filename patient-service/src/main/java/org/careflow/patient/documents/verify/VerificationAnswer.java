package org.careflow.patient.documents.verify;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.http.HttpStatus;

/**
 * A verification as JSON (for {@code Accept: application/json}): everything a pharmacy
 * needs to trust the paper, nothing more. Fields that are unknown are left out.
 *
 * @param genuine whether we signed the link the paper's code holds
 * @param kind e.g. {@code prescription}
 * @param issuedOn when the document was written
 * @param prescriber who wrote it
 * @param status e.g. {@code active}, {@code filled on 2026-12-01}, {@code cancelled},
 * {@code entered-in-error}, {@code superseded}, {@code expired on 2027-03-01},
 * {@code not found}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record VerificationAnswer(boolean genuine, String kind, LocalDate issuedOn, String prescriber, String status,
		Object document) {

	static final String SUPERSEDED = "superseded";

	static VerificationAnswer of(Verdict verdict) {
		return switch (verdict) {
			case Verdict.NotGenuine notGenuine -> new VerificationAnswer(false, null, null, null, null, null);
			case Verdict.Expired expired -> new VerificationAnswer(true, expired.kind(), null, null,
					"expired on " + VerificationPages.date(expired.expiredAt()), null);
			case Verdict.NotFound notFound ->
				new VerificationAnswer(true, notFound.kind(), null, null, "not found", null);
			case Verdict.Superseded superseded ->
				new VerificationAnswer(true, superseded.now().kind(), null, null, SUPERSEDED, null);
			case Verdict.Genuine genuine ->
				new VerificationAnswer(true, genuine.facts().kind(), genuine.facts().issuedOn(),
						genuine.facts().prescriberName(), genuine.facts().status().text(), null);
		};
	}

	/** The same answer, with the document itself for a caller who may act on it. */
	VerificationAnswer withDocument(Object document) {
		return new VerificationAnswer(this.genuine, this.kind, this.issuedOn, this.prescriber, this.status, document);
	}

	/** The status a verdict is answered with, as JSON and as a page alike. */
	static HttpStatus httpStatus(Verdict verdict) {
		return switch (verdict) {
			case Verdict.NotGenuine notGenuine -> HttpStatus.BAD_REQUEST;
			case Verdict.Expired expired -> HttpStatus.GONE;
			case Verdict.NotFound notFound -> HttpStatus.NOT_FOUND;
			case Verdict.Superseded superseded -> HttpStatus.GONE;
			case Verdict.Genuine genuine -> HttpStatus.OK;
		};
	}

}
