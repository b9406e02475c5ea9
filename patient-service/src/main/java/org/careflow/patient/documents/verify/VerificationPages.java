package org.careflow.patient.documents.verify;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.careflow.platform.links.LinkPage;

import org.springframework.http.HttpStatus;

/**
 * A verification as a person reads it, on the phone that scanned the code: one heading,
 * one or two sentences. Worded for whoever holds the paper, usually a pharmacist.
 */
final class VerificationPages {

	private VerificationPages() {
	}

	static LinkPage of(Verdict verdict) {
		HttpStatus status = VerificationAnswer.httpStatus(verdict);
		return switch (verdict) {
			case Verdict.NotGenuine notGenuine -> new LinkPage(status, "Not a genuine CareFlow document",
					"This code was not issued by CareFlow, or it was altered or cut short. Do not rely on the paper; "
							+ "ask the clinic that should have issued it.",
					List.of());
			case Verdict.Expired expired -> new LinkPage(status, "This " + name(expired.kind()) + " has expired",
					"It was valid until " + date(expired.expiredAt()) + ". It can no longer be used.", List.of());
			case Verdict.NotFound notFound ->
				new LinkPage(
						status, "Document not found", "The code was issued by CareFlow, but the "
								+ name(notFound.kind()) + " it names cannot be found. Please ask the clinic.",
						List.of());
			case Verdict.Superseded superseded ->
				new LinkPage(status, "This " + name(superseded.now().kind()) + " has changed since it was printed",
						"The paper shows an earlier version, so it no longer stands. Ask the patient or the prescriber "
								+ "for the current one.",
						List.of());
			case Verdict.Genuine genuine -> genuine(status, genuine.facts());
		};
	}

	private static LinkPage genuine(HttpStatus status, DocumentFacts facts) {
		String issued = "Issued on " + facts.issuedOn() + " by " + facts.prescriberName() + ". Status: "
				+ facts.status().text() + ".";
		if (facts.status().revoked()) {
			return new LinkPage(status, "Genuine " + name(facts.kind()) + ", withdrawn",
					issued + " It was withdrawn and must not be used.", List.of());
		}
		return new LinkPage(status, "Genuine " + name(facts.kind()), issued, List.of());
	}

	/** "prescription", "medical record": a kind as a sentence says it. */
	static String name(String kind) {
		return "record".equals(kind) ? "medical record" : kind.replace('-', ' ');
	}

	/** Dates on these pages are calendar dates, in UTC where only an instant is known. */
	static LocalDate date(Instant instant) {
		return LocalDate.ofInstant(instant, ZoneOffset.UTC);
	}

}
