package org.careflow.patient.documents.prescription;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts bundled for printed documents, read from the jar once and handed to each
 * render from memory (each PDF embeds the subset of glyphs it uses):
 * <ul>
 * <li>{@value #SANS}: DejaVu Sans, regular and bold: Latin, Greek, Cyrillic, Arabic and
 * more;</li>
 * <li>{@value #CJK}: Droid Sans Fallback reduced to Chinese/Japanese ideographs, kana and
 * CJK punctuation (2.8 MB rather than 4 MB; no Hangul in that font);</li>
 * <li>{@value #HANGUL}: NanumGothic reduced to Korean Hangul syllables and jamo (1.3 MB),
 * renamed as its licence (SIL OFL) asks of a modified font.</li>
 * </ul>
 * A template asks for {@code font-family: 'DejaVu Sans', 'Droid Sans Fallback', 'CareFlow
 * Hangul'}: each character takes the first font that has it. Licences in
 * {@code documents/fonts/LICENSES.txt}.
 */
public final class DocumentFonts {

	/** The family name templates use for text. */
	public static final String SANS = "DejaVu Sans";

	/** The family name templates add for Chinese and Japanese. */
	public static final String CJK = "Droid Sans Fallback";

	/** The family name templates add for Korean. */
	public static final String HANGUL = "CareFlow Hangul";

	/** Every family, in the order a template names them. */
	public static final String FAMILIES = "'" + SANS + "', '" + CJK + "', '" + HANGUL + "'";

	private static final String FOLDER = "documents/fonts/";

	private final List<Face> faces;

	private DocumentFonts(List<Face> faces) {
		this.faces = faces;
	}

	/** Reads the bundled fonts (about 5 MB, once). */
	public static DocumentFonts bundled() {
		byte[] cjk = read("DroidSansFallback-CJK.ttf");
		byte[] hangul = read("CareFlowHangul.ttf");
		// no bold CJK or Hangul face: bold ideographs and syllables are drawn in the
		// regular
		// weight rather than doubling the jar
		return new DocumentFonts(List.of(new Face(SANS, 400, read("DejaVuSans.ttf")),
				new Face(SANS, 700, read("DejaVuSans-Bold.ttf")), new Face(CJK, 400, cjk), new Face(CJK, 700, cjk),
				new Face(HANGUL, 400, hangul), new Face(HANGUL, 700, hangul)));
	}

	void addTo(PdfRendererBuilder builder) {
		for (Face face : this.faces) {
			builder.useFont(face, face.family(), face.weight(), FontStyle.NORMAL, true);
		}
	}

	private static byte[] read(String file) {
		try (InputStream in = DocumentFonts.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
			if (in == null) {
				throw new IllegalStateException("The bundled font " + FOLDER + file + " is missing");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One face, its bytes in memory; its cache key lets openhtmltopdf reuse the font's
	 * metrics from one PDF to the next.
	 */
	private record Face(String family, int weight, byte[] bytes) implements FSSupplier<InputStream> {

		@Override
		public InputStream supply() {
			return new ByteArrayInputStream(this.bytes);
		}

		@Override
		public String cacheKey() {
			return "careflow:" + this.family + ":" + this.weight;
		}

	}

}
