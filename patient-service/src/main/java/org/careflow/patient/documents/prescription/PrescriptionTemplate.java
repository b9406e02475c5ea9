package org.careflow.patient.documents.prescription;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * The prescription's HTML/CSS template, Thymeleaf in HTML mode: the built-in one
 * ({@code documents/prescription.html}) or a clinic's own file. Read once when the
 * service starts and parsed once (Thymeleaf caches it); a file changed later takes effect
 * at the next start.
 * <p>
 * {@code th:text} escapes what it prints, so names and instructions are shown as text,
 * never as markup; a template must not print the model with {@code th:utext}. The output
 * must be well-formed XHTML (openhtmltopdf reads it as XML): {@code <br/>
 * }, not {@code <br>
 * }.
 */
public final class PrescriptionTemplate {

	/** Larger is not a template but a mistake (a PDF, an image named .html). */
	static final int MAX_BYTES = 256 * 1024;

	private static final String BUILT_IN = "documents/prescription.html";

	private final String source;

	private final String origin;

	private final TemplateEngine engine;

	private PrescriptionTemplate(String source, String origin) {
		this.source = source;
		this.origin = origin;
		StringTemplateResolver resolver = new StringTemplateResolver();
		resolver.setTemplateMode(TemplateMode.HTML);
		// the template's text is its own cache key: parsed on first use, then reused
		resolver.setCacheable(true);
		this.engine = new TemplateEngine();
		this.engine.setTemplateResolver(resolver);
	}

	/** The template the service comes with. */
	public static PrescriptionTemplate builtIn() {
		try (InputStream in = PrescriptionTemplate.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
			if (in == null) {
				throw new IllegalStateException("The built-in prescription template " + BUILT_IN + " is missing");
			}
			return new PrescriptionTemplate(new String(in.readAllBytes(), StandardCharsets.UTF_8),
					"the built-in prescription template");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A clinic's own template.
	 * @throws InvalidTemplateException naming the file, if it cannot be read or is too
	 * large
	 */
	public static PrescriptionTemplate fromFile(Path file) {
		String origin = "the prescription template " + file + " (PRESCRIPTION_TEMPLATE)";
		try {
			if (!Files.isRegularFile(file)) {
				throw new InvalidTemplateException(origin + " is not a readable file");
			}
			if (Files.size(file) > MAX_BYTES) {
				throw new InvalidTemplateException(origin + " is larger than " + MAX_BYTES / 1024 + " kB");
			}
			return new PrescriptionTemplate(Files.readString(file, StandardCharsets.UTF_8), origin);
		}
		catch (IOException | UncheckedIOException ex) {
			throw new InvalidTemplateException(origin + " cannot be read: " + ex.getMessage(), ex);
		}
	}

	/** Where the template came from, as an error message names it. */
	public String origin() {
		return this.origin;
	}

	/** The sheet's HTML; the model's texts are escaped by {@code th:text}. */
	String render(Map<String, Object> model) {
		return this.engine.process(this.source, new Context(null, model));
	}

}
