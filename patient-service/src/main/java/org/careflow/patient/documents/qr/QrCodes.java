package org.careflow.patient.documents.qr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A URL as a QR code, a black and white PNG. ZXing's core draws the matrix; the JDK's
 * ImageIO writes the PNG (ZXing's {@code javase} module would add a jar for those few
 * lines).
 * <p>
 * Bounded: at most {@value #MAX_URL_LENGTH} characters of URL (a verification link is
 * about 200), so at most a version 18 code of 89 modules plus its quiet zone, at
 * {@value #PIXELS_PER_MODULE} pixels each: never more than 388 pixels square, a few kB.
 */
public final class QrCodes {

	/** Longest URL encoded; longer would make a code too dense to print small. */
	public static final int MAX_URL_LENGTH = 512;

	/** Sharp when printed at 3 cm and scanned by a phone; small as a PNG. */
	static final int PIXELS_PER_MODULE = 4;

	/** The white margin scanners need around the code, in modules. */
	private static final int QUIET_ZONE = 4;

	/** The QR standard's eight data masks, 0 to 7. */
	private static final int MASK_PATTERNS = 8;

	private static final int BLACK = 0x000000;

	private static final int WHITE = 0xFFFFFF;

	/**
	 * The PNG of a QR code holding the URL.
	 * @param url an http(s) URL of at most {@value #MAX_URL_LENGTH} characters
	 * @return the PNG's bytes
	 * @throws IllegalArgumentException for anything else
	 */
	public byte[] png(String url) {
		if (url == null || url.length() > MAX_URL_LENGTH
				|| !(url.startsWith("https://") || url.startsWith("http://"))) {
			throw new IllegalArgumentException(
					"A QR code holds an http(s) URL of at most " + MAX_URL_LENGTH + " characters");
		}
		BufferedImage preferred = image(matrix(url, null));
		if (readsBack(preferred, url)) {
			return toPng(preferred);
		}
		for (int mask = 0; mask < MASK_PATTERNS; mask++) {
			BufferedImage redrawn = image(matrix(url, mask));
			if (readsBack(redrawn, url)) {
				return toPng(redrawn);
			}
		}
		// not seen in practice: a scanner that reads the pure code still decodes it
		return toPng(preferred);
	}

	/** The code as a data URI, for an {@code <img>} in an HTML template. */
	public String dataUri(String url) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(url));
	}

	private static BitMatrix matrix(String url, Integer mask) {
		Map<EncodeHintType, Object> hints = new HashMap<>();
		// medium error correction: survives a crease or a stamp across the code
		hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
		hints.put(EncodeHintType.MARGIN, QUIET_ZONE);
		hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
		if (mask != null) {
			hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
		}
		try {
			return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, hints);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("The URL does not fit a QR code", ex);
		}
	}

	private static BufferedImage image(BitMatrix matrix) {
		int size = matrix.getWidth() * PIXELS_PER_MODULE;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				boolean dark = matrix.get(x / PIXELS_PER_MODULE, y / PIXELS_PER_MODULE);
				image.setRGB(x, y, dark ? BLACK : WHITE);
			}
		}
		return image;
	}

	/**
	 * Whether ZXing's detector, looking for the code as a camera would, reads the URL.
	 */
	private static boolean readsBack(BufferedImage image, String url) {
		int size = image.getWidth();
		int[] pixels = image.getRGB(0, 0, size, size, null, 0, size);
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
		try {
			return url
				.equals(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText());
		}
		catch (ReaderException ex) {
			return false;
		}
	}

	private static byte[] toPng(BufferedImage image) {
		ByteArrayOutputStream png = new ByteArrayOutputStream(2048);
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Writing a PNG in memory", ex);
		}
		return png.toByteArray();
	}

}
