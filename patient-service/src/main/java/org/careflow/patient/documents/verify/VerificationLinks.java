package org.careflow.patient.documents.verify;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;

import org.careflow.platform.links.ActionLink;
import org.careflow.platform.links.LinkAction;
import org.careflow.platform.links.LinkSigner;

/**
 * The URL a document's QR code holds: {@code {PUBLIC_URL}/verify/{token}}, the token a
 * signed {@code verify-document} link naming the document (subject), its patient, its
 * kind and version ({@code boundTo} = {@code prescription.3}) and when the paper stops
 * proving anything (a prescription: its validity end; a record:
 * {@value #RECORD_VALIDITY_YEARS} years after it was written, as long as a patient may
 * reasonably show it).
 * <p>
 * The URL holds no health data: ids, a kind, a version and a time only, signed with
 * {@code LINK_SIGNING_KEY}, about 250 characters.
 */
public final class VerificationLinks {

	/** The path the gateway routes to this service's verification page. */
	public static final String PATH_PREFIX = "/verify/";

	/** How long a medical record's printout verifies. */
	public static final int RECORD_VALIDITY_YEARS = 10;

	private static final Pattern KIND = Pattern.compile("[a-z][a-z-]{0,30}");

	private final LinkSigner signer;

	private final String publicUrl;

	/**
	 * @param signer signs with {@code LINK_SIGNING_KEY}
	 * @param publicUrl where browsers reach the gateway ({@code PUBLIC_URL}), without a
	 * trailing slash
	 */
	public VerificationLinks(LinkSigner signer, String publicUrl) {
		this.signer = signer;
		this.publicUrl = publicUrl;
	}

	/**
	 * The URL for a prescription's paper, valid until the prescription's validity end.
	 */
	public String prescription(String prescriptionId, String patientId, long version, Instant validUntil) {
		return url("prescription", prescriptionId, patientId, version, validUntil);
	}

	/**
	 * The URL for a medical record's printout, valid {@value #RECORD_VALIDITY_YEARS}
	 * years.
	 */
	public String record(String recordId, String patientId, long version, Instant writtenAt) {
		return url("record", recordId, patientId, version,
				writtenAt.atOffset(ZoneOffset.UTC).plusYears(RECORD_VALIDITY_YEARS).toInstant());
	}

	/**
	 * The URL for any kind of document.
	 * @param kind as its {@link VerifiableDocuments#kind()}
	 * @throws IllegalArgumentException for a kind or id a link cannot carry
	 */
	public String url(String kind, String documentId, String patientId, long version, Instant expiresAt) {
		ActionLink link = ActionLink.issue(LinkAction.VERIFY_DOCUMENT, documentId, patientId, boundTo(kind, version),
				expiresAt);
		return this.publicUrl + PATH_PREFIX + this.signer.sign(link);
	}

	static String boundTo(String kind, long version) {
		if (kind == null || !KIND.matcher(kind).matches() || version < 0) {
			throw new IllegalArgumentException(
					"A document's kind is 1 to 31 lower-case letters or '-', and its " + "version is not negative");
		}
		return kind + "." + version;
	}

	/**
	 * The kind and version a link was bound to; empty if it is not a document's binding.
	 */
	static Optional<BoundDocument> bound(String boundTo) {
		int dot = boundTo.lastIndexOf('.');
		if (dot <= 0 || !KIND.matcher(boundTo.substring(0, dot)).matches()) {
			return Optional.empty();
		}
		try {
			long version = Long.parseLong(boundTo.substring(dot + 1));
			return (version >= 0) ? Optional.of(new BoundDocument(boundTo.substring(0, dot), version))
					: Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** The kind and version of the document as its paper was printed. */
	record BoundDocument(String kind, long version) {
	}

}
