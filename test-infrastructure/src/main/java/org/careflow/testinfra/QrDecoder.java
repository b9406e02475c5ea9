package org.careflow.testinfra;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Reads a QR code back, as a phone's scanner would (ZXing's reader). */
public final class QrDecoder {

	private QrDecoder() {
	}

	public static String decode(byte[] png) {
		try {
			return decode(ImageIO.read(new ByteArrayInputStream(png)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String decode(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
		try {
			return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
		}
		catch (NotFoundException ex) {
			throw new AssertionError("No QR code found in the picture", ex);
		}
		catch (ReaderException ex) {
			throw new AssertionError("The QR code does not decode", ex);
		}
	}

}
