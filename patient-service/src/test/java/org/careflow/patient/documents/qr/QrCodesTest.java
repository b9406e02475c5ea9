package org.careflow.patient.documents.qr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.careflow.testinfra.QrDecoder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QrCodesTest {

	private final QrCodes qrCodes = new QrCodes();

	@Test
	void aPngOfTheUrlDecodesToTheUrl() {
		String url = "https://careflow.example.org/verify/" + "a".repeat(200) + ".sig";

		byte[] png = this.qrCodes.png(url);

		assertThat(png).startsWith(0x89, 'P', 'N', 'G');
		assertThat(QrDecoder.decode(png)).isEqualTo(url);
	}

	@Test
	void aUrlWhoseUsualMaskHidesTheCodeFromTheDetectorStillScans() {
		// with the mask the penalty rules pick, ZXing's detector finds no code in these
		for (String url : new String[] { "http://localhost:8080/verify/sample-590",
				"http://localhost:8080/verify/sample-720", "http://localhost:8080/verify/sample-909" }) {
			assertThat(QrDecoder.decode(this.qrCodes.png(url))).isEqualTo(url);
		}
	}

	@Test
	void theLongestUrlAllowedStillMakesASmallPicture() throws IOException {
		String url = "https://careflow.example.org/verify/" + "x".repeat(QrCodes.MAX_URL_LENGTH - 36);

		byte[] png = this.qrCodes.png(url);

		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(image.getHeight()).isLessThanOrEqualTo(388);
		assertThat(png.length).isLessThan(8 * 1024);
		assertThat(QrDecoder.decode(png)).isEqualTo(url);
	}

	@Test
	void onlyAnHttpUrlOfBoundedLengthIsEncoded() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.qrCodes.png("https://x.org/" + "x".repeat(QrCodes.MAX_URL_LENGTH)));
		assertThatIllegalArgumentException().isThrownBy(() -> this.qrCodes.png("Amoxicillin 500 mg for Jane Doe"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.qrCodes.png(null));
	}

	@Test
	void aDataUriCarriesTheSamePicture() {
		String url = "http://localhost:8080/verify/abc.def";

		assertThat(this.qrCodes.dataUri(url)).startsWith("data:image/png;base64,")
			.endsWith(java.util.Base64.getEncoder().encodeToString(this.qrCodes.png(url)));
	}

}
