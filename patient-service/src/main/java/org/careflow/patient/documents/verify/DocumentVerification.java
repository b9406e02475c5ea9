package org.careflow.patient.documents.verify;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.careflow.patient.documents.verify.VerificationLinks.BoundDocument;
import org.careflow.platform.audit.AuditOutcome;
import org.careflow.platform.audit.AuditTrail;
import org.careflow.platform.links.ActionLink;
import org.careflow.platform.links.LinkAction;
import org.careflow.platform.links.LinkCheck;
import org.careflow.platform.links.LinkSigner;
import org.careflow.platform.security.Caller;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Checks a document's link and looks the document up: signature, expiry, action, then the
 * document as it stands now, by its kind. The kinds known are those of the
 * {@link VerifiableDocuments} beans present; with none (before any document package
 * exists, or in a slice test) every genuine link is "not found", and the service starts
 * all the same.
 * <p>
 * Every answer that tells something of a document (genuine, superseded) is audited as a
 * read ({@code verify-document}) of that document, by the signed-in caller or by
 * {@link #ANONYMOUS}: the patient's access log shows that their paper was checked, and
 * when.
 */
@Service
public class DocumentVerification {

	/** Whoever scanned the code without signing in. */
	public static final Caller ANONYMOUS = new Caller("anonymous", Set.of());

	static final String AUDIT_ACTION = "verify-document";

	private final LinkSigner signer;

	private final Map<String, VerifiableDocuments> documentsByKind;

	private final ObjectProvider<AuditTrail> audit;

	DocumentVerification(LinkSigner signer, ObjectProvider<VerifiableDocuments> documents,
			ObjectProvider<AuditTrail> audit) {
		this.signer = signer;
		this.audit = audit;
		this.documentsByKind = documents.orderedStream()
			.collect(Collectors.toUnmodifiableMap(VerifiableDocuments::kind, Function.identity()));
	}

	/**
	 * @param token as the URL carries it
	 * @param caller who asks: the signed-in caller, or {@link #ANONYMOUS}
	 * @throws org.springframework.dao.DataAccessException when the documents' store
	 * cannot be read
	 */
	public Verdict verify(String token, Caller caller) {
		Verdict verdict = check(token);
		switch (verdict) {
			case Verdict.Genuine genuine -> audit(caller, genuine.facts());
			case Verdict.Superseded superseded -> audit(caller, superseded.now());
			default -> {
				// nothing of a document was told
			}
		}
		return verdict;
	}

	private void audit(Caller caller, DocumentFacts facts) {
		this.audit.ifAvailable((trail) -> trail.record(caller, AUDIT_ACTION, facts.kind(), facts.id(),
				facts.patientId(), AuditOutcome.SUCCESS));
	}

	/**
	 * The document a genuine verification is about, for a caller who may act on it (see
	 * {@link VerifiableDocuments#documentFor}); empty for everyone else.
	 */
	public Optional<Object> documentFor(Caller caller, DocumentFacts facts) {
		return Optional.ofNullable(this.documentsByKind.get(facts.kind()))
			.flatMap((documents) -> documents.documentFor(caller, facts.id()));
	}

	/**
	 * The link a document's QR code holds, whatever its kind; empty if no document has
	 * the id.
	 * @throws org.springframework.security.access.AccessDeniedException if the caller may
	 * not read it
	 */
	public Optional<String> linkFor(Caller caller, String id) {
		for (VerifiableDocuments documents : this.documentsByKind.values()) {
			Optional<String> link = documents.linkFor(caller, id);
			if (link.isPresent()) {
				return link;
			}
		}
		return Optional.empty();
	}

	/** The verdict alone, audited by nobody. */
	Verdict check(String token) {
		return switch (this.signer.check(token)) {
			case LinkCheck.Invalid invalid -> new Verdict.NotGenuine();
			case LinkCheck.Expired expired -> bound(expired.link())
				.<Verdict>map((document) -> new Verdict.Expired(document.kind(), expired.link().expiresAt()))
				.orElseGet(Verdict.NotGenuine::new);
			case LinkCheck.Valid valid -> bound(valid.link()).map((document) -> lookUp(valid.link(), document))
				.orElseGet(Verdict.NotGenuine::new);
		};
	}

	private Verdict lookUp(ActionLink link, BoundDocument printed) {
		Optional<DocumentFacts> now = Optional.ofNullable(this.documentsByKind.get(printed.kind()))
			.flatMap((documents) -> documents.find(link.subjectId()))
			// a document of another patient than the paper's is not the paper's document
			.filter((facts) -> facts.patientId().equals(link.patientId()) && facts.kind().equals(printed.kind()));
		if (now.isEmpty()) {
			return new Verdict.NotFound(printed.kind());
		}
		DocumentFacts facts = now.get();
		return (facts.version() == printed.version()) ? new Verdict.Genuine(facts) : new Verdict.Superseded(facts);
	}

	/** The kind and version a document's link names; empty for any other link. */
	private static Optional<BoundDocument> bound(ActionLink link) {
		if (link.action() != LinkAction.VERIFY_DOCUMENT) {
			return Optional.empty();
		}
		return VerificationLinks.bound(link.boundTo());
	}

}
