package org.careflow.patient.documents.prescription;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import org.careflow.patient.documents.prescription.PrescriptionSheet.Patient;
import org.careflow.patient.documents.prescription.PrescriptionSheet.Prescriber;
import org.careflow.patient.documents.qr.QrCodes;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A prescription sheet as a PDF: the template filled in (escaped), then laid out by
 * openhtmltopdf with the bundled fonts and the QR code as an embedded PNG.
 * <p>
 * Built once when the service starts, and then it renders one sample sheet: a template
 * that does not parse, is not well-formed XHTML or fails to lay out stops the start with
 * a message naming the file, rather than failing at the first patient's prescription.
 * <p>
 * The renderer loads nothing from outside: a template's images must be {@code data:} URIs
 * (the logo and the QR code are), its styles inline, so a template cannot make the
 * service fetch URLs or read files.
 */
public final class PrescriptionPdf {

	private final PrescriptionTemplate template;

	private final Clinic clinic;

	private final QrCodes qrCodes;

	private final DocumentFonts fonts;

	private final JdkBidi bidi = new JdkBidi();

	/** Font metrics kept from one PDF to the next (thread-safe). */
	private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();

	/**
	 * @throws InvalidTemplateException naming the template, if the sample sheet does not
	 * render
	 */
	public PrescriptionPdf(PrescriptionTemplate template, Clinic clinic, QrCodes qrCodes, DocumentFonts fonts) {
		this.template = template;
		this.clinic = clinic;
		this.qrCodes = qrCodes;
		this.fonts = fonts;
		try {
			render(sample());
		}
		catch (RuntimeException ex) {
			throw new InvalidTemplateException(template.origin() + " does not render a prescription: " + reason(ex),
					ex);
		}
	}

	/** The sheet as PDF bytes (A5 with the built-in template, under 100 kB). */
	public byte[] render(PrescriptionSheet sheet) {
		String html = this.template.render(model(sheet));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode()
			.withHtmlContent(html, null)
			.useCacheStore(CacheStore.PDF_FONT_METRICS, this.fontMetrics)
			.useUnicodeBidiSplitter(this.bidi)
			.useUnicodeBidiReorderer(this.bidi)
			.addDOMMutator(PrescriptionPdf::bundledFontsByDefault)
			.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
					ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
			.withProducer("CareFlow")
			.toStream(pdf);
		this.fonts.addTo(builder);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Rendering a prescription in memory", ex);
		}
		return pdf.toByteArray();
	}

	/**
	 * Makes the bundled fonts the page's default, before the template's own styles: a
	 * template that names no font (or a generic one) still prints every script, rather
	 * than the PDF's built-in Helvetica, which has no Ł, Д or 王.
	 */
	private static void bundledFontsByDefault(Document document) {
		Element root = document.getDocumentElement();
		String namespace = root.getNamespaceURI();
		Node head = document.getElementsByTagNameNS("*", "head").item(0);
		if (head == null) {
			head = root.insertBefore(document.createElementNS(namespace, "head"), root.getFirstChild());
		}
		Element style = document.createElementNS(namespace, "style");
		style.setTextContent("html { font-family: " + DocumentFonts.FAMILIES + "; }");
		head.insertBefore(style, head.getFirstChild());
	}

	/**
	 * What a template sees: texts and lists only (no domain objects), named as the README
	 * lists them.
	 */
	private Map<String, Object> model(PrescriptionSheet sheet) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("clinic", Map.of("name", this.clinic.name(), "address", this.clinic.address(), "logo",
				this.clinic.logo().orElse("")));
		model.put("prescriber",
				Map.of("name", sheet.prescriber().name(), "licenceNumber", sheet.prescriber().licenceNumber()));
		model.put("patient",
				Map.of("name", sheet.patient().name(), "birthDate", sheet.patient().birthDate().toString()));
		model.put("prescription",
				Map.of("id", sheet.prescriptionId(), "writtenOn", sheet.writtenOn().toString(), "validUntil",
						sheet.validUntil().toString(), "instructions", sheet.instructions(), "refills",
						Integer.toString(sheet.refills())));
		model.put("medications", sheet.medications().stream().map(PrescriptionPdf::line).toList());
		model.put("qrCode", this.qrCodes.dataUri(sheet.verificationUrl()));
		return model;
	}

	private static Map<String, String> line(MedicationLine line) {
		return Map.of("name", line.name(), "dosage", line.dosage(), "route", line.route(), "frequency",
				line.frequency(), "duration", line.duration(), "quantity", line.quantity());
	}

	/** A sheet with every field filled, to try the template on. */
	private static PrescriptionSheet sample() {
		LocalDate today = LocalDate.of(2026, 1, 1);
		return new PrescriptionSheet("sample", new Prescriber("Dr Sample", "0000"),
				new Patient("Sample Patient", LocalDate.of(1990, 1, 1)), today, today.plusDays(30),
				List.of(new MedicationLine("Sample", "1", "oral", "daily", "1 day", "1")), "None", 0,
				"http://localhost/verify/sample");
	}

	private static String reason(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getMessage();
	}

}
