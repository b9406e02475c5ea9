package org.careflow.patient.documents.prescription;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a PDF shows, read back with PDFBox. */
public final class PdfPages {

	private PdfPages() {
	}

	public static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static int pageCount(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The pictures placed on the first page. */
	public static List<BufferedImage> images(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<BufferedImage> images = new ArrayList<>();
			collect(document.getPage(0).getResources(), images);
			return images;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The first page as a picture, as a printer would put it on paper. */
	public static BufferedImage firstPage(byte[] pdf, float dpi) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFRenderer(document).renderImageWithDPI(0, dpi);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static PDPage page(PDDocument document) {
		return document.getPage(0);
	}

	private static void collect(PDResources resources, List<BufferedImage> images) throws IOException {
		for (COSName name : resources.getXObjectNames()) {
			PDXObject object = resources.getXObject(name);
			if (object instanceof PDImageXObject image) {
				images.add(image.getImage());
			}
			else if (object instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form
					&& form.getResources() != null) {
				collect(form.getResources(), images);
			}
		}
	}

}
