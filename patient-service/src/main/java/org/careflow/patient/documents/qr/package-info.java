/**
 * QR codes as PNG pictures of a URL: the only thing a document's code holds is the link
 * that verifies it, never health data.
 */
package org.careflow.patient.documents.qr;
