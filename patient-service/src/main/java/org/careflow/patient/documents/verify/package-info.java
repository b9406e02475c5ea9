/**
 * Proving a printed document genuine: {@link VerificationLinks} signs the link a
 * document's QR code holds ({@code {PUBLIC_URL}/verify/{token}}, platform
 * {@code LinkAction.VERIFY_DOCUMENT}), and {@code GET /verify/{token}} answers anyone who
 * scans it, without signing in: genuine or not, the kind of document, when it was issued,
 * by whom, and its status now. Nothing about the patient, nothing clinical. The
 * documents' own packages answer for their documents by implementing
 * {@link VerifiableDocuments}.
 */
package org.careflow.patient.documents.verify;
