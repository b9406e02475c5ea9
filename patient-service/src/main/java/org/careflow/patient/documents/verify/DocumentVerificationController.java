package org.careflow.patient.documents.verify;

import java.util.List;

import org.careflow.platform.links.LinkPage;
import org.careflow.platform.links.LinkPages;
import org.careflow.platform.security.Caller;

import org.springframework.dao.DataAccessException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /verify/{token}}: what a document's QR code opens. No sign-in: anyone
 * holding the paper may learn whether it is genuine and where it stands; that is all the
 * answer says (no patient, nothing clinical). A browser gets a small page (the platform's
 * link pages: never cached, never indexed, no referrer); {@code Accept: application/json}
 * gets {@link VerificationAnswer}. Statuses: 200 genuine (whatever the document's
 * status), 400 not genuine, 404 genuine but no such document, 410 expired or superseded,
 * 503 the documents' store is down.
 * <p>
 * A pharmacist who is signed in gets the prescription itself: a request carrying a valid
 * bearer token is authenticated even on this public path, and for a genuine document the
 * JSON answer then carries {@code document} when the kind's package lets that caller act
 * on it ({@link VerifiableDocuments#documentFor}, which checks and audits the read);
 * everyone else gets the verification only. An invalid bearer token gets 401 before it
 * reaches here. Answers that tell something of a document are audited
 * ({@code verify-document}, the caller or {@code anonymous}).
 */
@RestController
public class DocumentVerificationController {

	/** Public (GET): the security configuration lets it through without a token. */
	public static final String PATH = "/verify/*";

	private final DocumentVerification verification;

	DocumentVerificationController(DocumentVerification verification) {
		this.verification = verification;
	}

	@GetMapping("/verify/{token}")
	ResponseEntity<?> verify(@PathVariable String token,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Authentication signedIn) {
		boolean json = wantsJson(accept);
		Caller caller = (signedIn != null) ? Caller.of(signedIn) : DocumentVerification.ANONYMOUS;
		Verdict verdict;
		try {
			verdict = this.verification.verify(token, caller);
		}
		catch (DataAccessException ex) {
			return unavailable(json);
		}
		if (json) {
			VerificationAnswer answer = VerificationAnswer.of(verdict);
			if (signedIn != null && verdict instanceof Verdict.Genuine genuine) {
				answer = this.verification.documentFor(caller, genuine.facts())
					.map(answer::withDocument)
					.orElse(answer);
			}
			return privateAnswer(VerificationAnswer.httpStatus(verdict)).contentType(MediaType.APPLICATION_JSON)
				.body(answer);
		}
		return LinkPages.respond(VerificationPages.of(verdict));
	}

	private static ResponseEntity<?> unavailable(boolean json) {
		if (json) {
			return privateAnswer(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10")
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
						"Verifying documents is not available right now; please try again in a minute."));
		}
		return LinkPages.respond(new LinkPage(HttpStatus.SERVICE_UNAVAILABLE, "Please try again in a minute",
				"Verifying documents is not available right now. The paper's code still works.", List.of()));
	}

	/** The same care as the pages: about one document, so never cached nor indexed. */
	private static ResponseEntity.BodyBuilder privateAnswer(HttpStatus status) {
		return ResponseEntity.status(status)
			.cacheControl(CacheControl.noStore())
			.header("Referrer-Policy", "no-referrer")
			.header("X-Robots-Tag", "noindex");
	}

	/**
	 * JSON only when the caller prefers it to HTML: a browser's {@code text/html,…,*∕*}
	 * gets the page, {@code application/json} the JSON; anything unreadable, the page.
	 */
	static boolean wantsJson(String accept) {
		if (accept == null || accept.isBlank()) {
			return false;
		}
		double json = 0;
		double html = 0;
		try {
			for (MediaType type : MediaType.parseMediaTypes(accept)) {
				if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()
						&& !type.isWildcardSubtype()) {
					json = Math.max(json, type.getQualityValue());
				}
				else if (type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType()
						&& !type.isWildcardSubtype()) {
					html = Math.max(html, type.getQualityValue());
				}
			}
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
		return json > 0 && json > html;
	}

}
