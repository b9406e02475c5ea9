/**
 * The prescription on paper: {@link PrescriptionSheet} (what the paper shows) rendered by
 * {@link PrescriptionPdf} from an HTML/CSS template (Thymeleaf; the built-in one, or a
 * clinic's own named by {@code PRESCRIPTION_TEMPLATE}) to a PDF (openhtmltopdf on
 * PDFBox), with bundled fonts that cover Latin, Greek, Cyrillic, Arabic and CJK names,
 * and the QR code that verifies it.
 */
package org.careflow.patient.documents.prescription;
