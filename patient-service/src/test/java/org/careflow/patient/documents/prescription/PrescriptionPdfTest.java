package org.careflow.patient.documents.prescription;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.careflow.patient.documents.qr.QrCodes;
import org.careflow.testinfra.QrDecoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The prescription PDF as a pharmacist reads it: the text PDFBox extracts from it, and
 * its QR code as ZXing scans it.
 */
class PrescriptionPdfTest {

	private static final Clinic CLINIC = new Clinic("Clinique du Parc", "1 Rue de la Paix, 75002 Paris",
			Optional.empty());

	private static PrescriptionPdf pdf;

	@BeforeAll
	static void builtInTemplate() {
		pdf = new PrescriptionPdf(PrescriptionTemplate.builtIn(), CLINIC, new QrCodes(), DocumentFonts.bundled());
	}

	@Test
	void thePaperShowsTheClinicPatientEachMedicationLineAndThePrescriber() {
		String text = PdfPages.text(pdf.render(PrescriptionSheets.typical()));

		assertThat(flat(text)).contains("Clinique du Parc", "1 Rue de la Paix, 75002 Paris", "PRESCRIPTION",
				"Dr Gregory House", "Licence no. GMC 7012345", "Zoë Łukasiewicz", "1984-03-09", "2026-11-30",
				"Valid until 2026-12-30", "1. Amoxicillin 500 mg capsules",
				"1 capsule, oral, 3 times a day, for 7 days", "Quantity: 21 capsules", "2. Ibuprofen 400 mg tablets",
				"1 tablet, oral, every 8 hours if needed, for 5 days", "Quantity: 15 tablets",
				"Take with food. Finish the course of amoxicillin even if you feel better.", "Refills: 1", "Signature");
		assertThat(PdfPages.pageCount(pdf.render(PrescriptionSheets.typical()))).isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Zoë Łukasiewicz", "Дмитрий Шостакович", "Σωκράτης Παπαδόπουλος", "王小明", "山田 太郎", "محمد",
			"محمد عبد الله", "سلام", "פנינה", "Nguyễn Thị Minh Khai", "O'Brien-Ölçer (Jr)", "김민준", "이서연 (Seo-yeon Lee)",
			"박 지훈 王", "ㅎㅏㄴ" })
	void namesInAnyScriptComeOutAsWritten(String name) {
		String text = PdfPages.text(pdf.render(PrescriptionSheets.forPatient(name)));

		assertThat(flat(text)).contains(name);
		assertThat(text).doesNotContain("#");
	}

	@Test
	void aPrescribersNameInAnotherScriptComesOutAsWritten() {
		String text = PdfPages.text(pdf.render(PrescriptionSheets.withPrescriber("Д-р Анна Павлова")));

		assertThat(flat(text)).contains("Д-р Анна Павлова");
	}

	@Test
	void markupInANameIsPrintedAsTextNeverObeyed() {
		String name = "<b>Bobby</b> <i>Tables</i> &amp;";

		String text = PdfPages.text(pdf.render(PrescriptionSheets.forPatient(name)));

		assertThat(flat(text)).contains(name);
	}

	@Test
	void theQrCodeOnThePaperScansToTheVerificationUrl() {
		byte[] rendered = pdf.render(PrescriptionSheets.typical());

		assertThat(PdfPages.images(rendered)).singleElement()
			.satisfies((image) -> assertThat(QrDecoder.decode(image)).isEqualTo(PrescriptionSheets.VERIFICATION_URL));
		assertThat(QrDecoder.decode(PdfPages.firstPage(rendered, 150)))
			.as("scanned from the printed page, as a phone would")
			.isEqualTo(PrescriptionSheets.VERIFICATION_URL);
	}

	@Test
	void aClinicsOwnTemplateIsUsed(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("our-prescription.html");
		Files.writeString(file,
				"""
						<html xmlns:th="http://www.thymeleaf.org"><head><style>body { font-family: 'DejaVu Sans'; }</style></head>
						<body><h1 th:text="${clinic.name} + ' — our own paper'">x</h1>
						<p th:text="'For ' + ${patient.name}">x</p>
						<p th:each="line : ${medications}" th:text="${line.name}">x</p>
						<img th:src="${qrCode}" src="" alt=""/></body></html>
						""",
				StandardCharsets.UTF_8);

		PrescriptionPdf own = new PrescriptionPdf(PrescriptionTemplate.fromFile(file), CLINIC, new QrCodes(),
				DocumentFonts.bundled());
		byte[] rendered = own.render(PrescriptionSheets.typical());

		assertThat(flat(PdfPages.text(rendered)))
			.contains("Clinique du Parc — our own paper", "For Zoë Łukasiewicz", "Amoxicillin 500 mg capsules")
			.doesNotContain("PRESCRIPTION");
		assertThat(QrDecoder.decode(PdfPages.images(rendered).getFirst()))
			.isEqualTo(PrescriptionSheets.VERIFICATION_URL);
	}

	@ParameterizedTest
	@ValueSource(strings = { "<html><body><p>unclosed</body></html>",
			"<html xmlns:th=\"http://www.thymeleaf.org\"><body><p th:text=\"${patient.name\">x</p></body></html>",
			"<html xmlns:th=\"http://www.thymeleaf.org\"><body><p th:text=\"${no.such.thing}\">x</p></body></html>",
			"not html at all" })
	void aBrokenTemplateIsRefusedNamingTheFile(String broken, @TempDir Path folder) throws Exception {
		Path file = folder.resolve("broken.html");
		Files.writeString(file, broken);

		assertThatExceptionOfType(InvalidTemplateException.class)
			.isThrownBy(() -> new PrescriptionPdf(PrescriptionTemplate.fromFile(file), CLINIC, new QrCodes(),
					DocumentFonts.bundled()))
			.withMessageContaining(file.toString())
			.withMessageContaining("PRESCRIPTION_TEMPLATE");
	}

	@Test
	void aMissingTemplateIsRefusedNamingTheFile(@TempDir Path folder) {
		Path file = folder.resolve("missing.html");

		assertThatExceptionOfType(InvalidTemplateException.class).isThrownBy(() -> PrescriptionTemplate.fromFile(file))
			.withMessageContaining(file.toString());
	}

	@Test
	void aSheetEmbedsOnlyTheGlyphsItPrints() {
		// the bundled fonts weigh 5 MB; a sheet naming five scripts must not carry them
		// whole
		byte[] sheet = pdf.render(PrescriptionSheets.forPatient("王小明 김민준 Zoë Дмитрий محمد"));

		assertThat(sheet.length).as("fonts embedded as subsets only").isLessThan(100 * 1024);
	}

	/** Extracted text with its line breaks as spaces: a long line may wrap. */
	private static String flat(String text) {
		return text.replaceAll("\\s+", " ");
	}

}
