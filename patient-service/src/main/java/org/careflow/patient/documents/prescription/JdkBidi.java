package org.careflow.patient.documents.prescription;

import java.text.Bidi;
import java.util.Map;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;

/**
 * Right-to-left text for openhtmltopdf with the JDK's own Unicode bidi algorithm
 * ({@link java.text.Bidi}) and {@link ArabicShaping}, instead of its ICU4J module (13
 * MB): an Arabic or Hebrew name inside an English line is laid out right to left, its
 * letters joined.
 */
final class JdkBidi implements BidiSplitterFactory, BidiReorderer {

	/** The pairs a reversed run must swap so that "(x)" still reads "(x)". */
	private static final Map<Character, Character> MIRRORED = Map.of('(', ')', ')', '(', '[', ']', ']', '[', '{', '}',
			'}', '{', '<', '>', '>', '<', '«', '»', '»', '«');

	@Override
	public BidiSplitter createBidiSplitter() {
		return new Splitter();
	}

	@Override
	public String reorderRTLTextToLTR(String text) {
		StringBuilder reversed = new StringBuilder(text.length());
		// by code point, so a character outside the BMP keeps its surrogates in order
		text.codePoints().forEach((codePoint) -> reversed.insert(0, Character.toChars(mirror(codePoint))));
		return reversed.toString();
	}

	@Override
	public String shapeText(String text) {
		return ArabicShaping.shape(text);
	}

	@Override
	public String deshapeText(String text) {
		return ArabicShaping.unshape(text);
	}

	@Override
	public boolean isLiveImplementation() {
		return true;
	}

	private static int mirror(int codePoint) {
		if (codePoint > Character.MAX_VALUE) {
			return codePoint;
		}
		Character mirrored = MIRRORED.get((char) codePoint);
		return (mirrored != null) ? mirrored : codePoint;
	}

	/** One paragraph's runs, in the order they are shown, left to right. */
	private static final class Splitter implements BidiSplitter {

		private BidiTextRun[] visualRuns = new BidiTextRun[0];

		@Override
		public void setParagraph(String paragraph, byte defaultDirection) {
			int flags = switch (defaultDirection) {
				case RTL -> Bidi.DIRECTION_RIGHT_TO_LEFT;
				case LTR -> Bidi.DIRECTION_LEFT_TO_RIGHT;
				default -> Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT;
			};
			if (paragraph.isEmpty()) {
				this.visualRuns = new BidiTextRun[] { new BidiTextRun(0, 0, LTR) };
				return;
			}
			Bidi bidi = new Bidi(paragraph, flags);
			int count = bidi.getRunCount();
			byte[] levels = new byte[count];
			BidiTextRun[] runs = new BidiTextRun[count];
			for (int i = 0; i < count; i++) {
				levels[i] = (byte) bidi.getRunLevel(i);
				runs[i] = new BidiTextRun(bidi.getRunStart(i), bidi.getRunLimit(i) - bidi.getRunStart(i),
						((levels[i] & 1) != 0) ? RTL : LTR);
			}
			Bidi.reorderVisually(levels, 0, runs, 0, count);
			this.visualRuns = runs;
		}

		@Override
		public int countTextRuns() {
			return this.visualRuns.length;
		}

		@Override
		public BidiTextRun getVisualRun(int runIndex) {
			return this.visualRuns[runIndex];
		}

		/** The direction of the first letter that has one (as ICU's splitter answers). */
		@Override
		public byte getBaseDirection(String paragraph) {
			for (int i = 0; i < paragraph.length(); i++) {
				switch (Character.getDirectionality(paragraph.charAt(i))) {
					case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
						return LTR;
					case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
						return RTL;
					default:
						break;
				}
			}
			return NEUTRAL;
		}

	}

}
