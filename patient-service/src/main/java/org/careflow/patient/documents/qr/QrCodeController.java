package org.careflow.patient.documents.qr;

import jakarta.validation.constraints.Size;
import org.careflow.patient.documents.verify.DocumentVerification;
import org.careflow.platform.security.Caller;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/qr/{id}}: the QR code of a document (today a prescription) for whoever
 * may read it — a PNG of the link to {@code /verify/{token}}, nothing clinical in it. The
 * document's own package checks the caller and audits the request.
 */
@RestController
class QrCodeController {

	private final DocumentVerification verification;

	private final QrCodes qrCodes;

	QrCodeController(DocumentVerification verification, QrCodes qrCodes) {
		this.verification = verification;
		this.qrCodes = qrCodes;
	}

	@GetMapping("/api/qr/{id}")
	ResponseEntity<byte[]> qrCode(@PathVariable @Size(max = 64) String id, Authentication authentication) {
		String link = this.verification.linkFor(Caller.of(authentication), id)
			.orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noStore())
			.body(this.qrCodes.png(link));
	}

}
