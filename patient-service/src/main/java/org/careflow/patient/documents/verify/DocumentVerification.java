package org.careflow.patient.documents.verify;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.careflow.patient.documents.verify.VerificationLinks.BoundDocument;
import org.careflow.platform.links.ActionLink;
import org.careflow.platform.links.LinkAction;
import org.careflow.platform.links.LinkCheck;
import org.careflow.platform.links.LinkSigner;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Checks a document's link and looks the document up: signature, expiry, action, then the
 * document as it stands now, by its kind. The kinds known are those of the
 * {@link VerifiableDocuments} beans present; with none (before any document package
 * exists, or in a slice test) every genuine link is "not found", and the service starts
 * all the same.
 */
@Service
public class DocumentVerification {

	private final LinkSigner signer;

	private final Map<String, VerifiableDocuments> documentsByKind;

	DocumentVerification(LinkSigner signer, ObjectProvider<VerifiableDocuments> documents) {
		this.signer = signer;
		this.documentsByKind = documents.orderedStream()
			.collect(Collectors.toUnmodifiableMap(VerifiableDocuments::kind, Function.identity()));
	}

	/**
	 * @param token as the URL carries it
	 * @throws org.springframework.dao.DataAccessException when the documents' store
	 * cannot be read
	 */
	public Verdict verify(String token) {
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
