package org.careflow.patient.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.careflow.patient.documents.prescription.PdfPages;
import org.careflow.patient.documents.prescription.PrescriptionPdf;
import org.careflow.patient.documents.prescription.PrescriptionSheets;
import org.careflow.patient.documents.qr.QrCodes;
import org.careflow.testinfra.QrDecoder;
import org.careflow.patient.documents.verify.VerificationLinks;
import org.careflow.platform.links.LinkProperties;
import org.careflow.platform.links.LinkSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents' configuration as the service starts with it: the built-in template, a
 * clinic's own given by {@code PRESCRIPTION_TEMPLATE}, and a start refused, naming the
 * file, when the template or the logo cannot be used.
 */
class DocumentsConfigurationTest {

	private final ApplicationContextRunner service = new ApplicationContextRunner()
		.withUserConfiguration(DocumentsConfiguration.class)
		.withBean(LinkSigner.class, () -> new LinkSigner(new LinkProperties("k".repeat(32), null), Clock.systemUTC()));

	@Test
	void byDefaultTheBuiltInTemplateAndTheConfiguredClinicArePrinted() {
		this.service.withPropertyValues("careflow.clinic.name=Clinique du Parc").run((context) -> {
			String text = PdfPages.text(context.getBean(PrescriptionPdf.class).render(PrescriptionSheets.typical()));
			assertThat(text).contains("Clinique du Parc", "PRESCRIPTION");
		});
	}

	@Test
	void aTemplateNamedByConfigurationIsUsed(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("clinic.html");
		Files.writeString(file, "<html xmlns:th=\"http://www.thymeleaf.org\"><body>"
				+ "<p th:text=\"'Our own sheet for ' + ${patient.name}\">x</p></body></html>");

		this.service.withPropertyValues("careflow.documents.prescription-template=" + file).run((context) -> {
			String text = PdfPages.text(context.getBean(PrescriptionPdf.class).render(PrescriptionSheets.typical()));
			assertThat(text).contains("Our own sheet for Zoë Łukasiewicz").doesNotContain("PRESCRIPTION");
		});
	}

	@Test
	void aBrokenOrMissingTemplateRefusesTheStartNamingTheFile(@TempDir Path folder) throws Exception {
		Path broken = folder.resolve("broken.html");
		Files.writeString(broken, "<html><body><p>never closed</body></html>");
		Path missing = folder.resolve("missing.html");

		for (Path file : new Path[] { broken, missing }) {
			this.service.withPropertyValues("careflow.documents.prescription-template=" + file).run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).hasStackTraceContaining(file + " (PRESCRIPTION_TEMPLATE)");
			});
		}
	}

	@Test
	void theClinicsLogoIsPrintedOnTheLetterhead(@TempDir Path folder) throws Exception {
		Path logo = folder.resolve("logo.png");
		Files.write(logo, new QrCodes().png("https://clinique-du-parc.example.org/"));

		this.service.withPropertyValues("careflow.clinic.logo=" + logo).run((context) -> {
			byte[] pdf = context.getBean(PrescriptionPdf.class).render(PrescriptionSheets.typical());
			assertThat(PdfPages.images(pdf)).extracting(QrDecoder::decode)
				.containsExactlyInAnyOrder("https://clinique-du-parc.example.org/",
						PrescriptionSheets.VERIFICATION_URL);
		});
	}

	@Test
	void aLogoThatIsNotAPictureRefusesTheStartNamingTheFile(@TempDir Path folder) throws Exception {
		Path logo = folder.resolve("logo.png");
		Files.writeString(logo, "not a picture");

		this.service.withPropertyValues("careflow.clinic.logo=" + logo).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasStackTraceContaining(logo + " (CLINIC_LOGO)");
		});
	}

	@Test
	void qrCodesPointAtThePublicUrl() {
		this.service.withPropertyValues("careflow.documents.public-url=https://careflow.example.org/")
			.run((context) -> {
				String url = context.getBean(VerificationLinks.class)
					.prescription("rx-1", "patient-1", 0, java.time.Instant.now().plusSeconds(60));
				assertThat(url).startsWith("https://careflow.example.org/verify/");
			});
	}

}
