/**
 * Clinical documents on paper, and proving them genuine: the prescription sheet rendered
 * to PDF from a replaceable HTML template ({@code prescription}), the QR code printed on
 * it ({@code qr}), and the signed link that code holds, answered without signing in at
 * {@code /verify/{token}} ({@code verify}). The documents themselves (prescriptions,
 * records) live in their own feature packages, which use these components and answer the
 * verification through {@link org.careflow.patient.documents.verify.VerifiableDocuments}.
 */
package org.careflow.patient.documents;
