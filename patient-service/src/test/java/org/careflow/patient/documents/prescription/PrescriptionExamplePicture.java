package org.careflow.patient.documents.prescription;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.careflow.patient.documents.qr.QrCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Draws the README's picture of the built-in prescription (first page, 110 dpi). Not run
 * by the build; run it after changing the template:
 * {@code ./mvnw -pl patient-service test -Dtest=PrescriptionExamplePicture -Dcareflow.example-picture=../docs/images/prescription-example.png}
 */
@EnabledIfSystemProperty(named = "careflow.example-picture", matches = ".+")
class PrescriptionExamplePicture {

	@Test
	void drawTheExample() throws Exception {
		PrescriptionPdf pdf = new PrescriptionPdf(PrescriptionTemplate.builtIn(),
				new Clinic("CareFlow Clinic", "1 Health Street, Springfield", Optional.empty()), new QrCodes(),
				DocumentFonts.bundled());
		Path picture = Path.of(System.getProperty("careflow.example-picture"));
		Files.createDirectories(picture.toAbsolutePath().getParent());

		ImageIO.write(PdfPages.firstPage(pdf.render(PrescriptionSheets.typical()), 110), "png", picture.toFile());

		assertThat(picture).isNotEmptyFile();
	}

}
