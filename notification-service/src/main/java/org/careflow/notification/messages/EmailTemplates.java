package org.careflow.notification.messages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.web.util.HtmlUtils;

/**
 * The words of every email, from template files: for each {@link EmailKind} a text
 * template ({@code <kind>.txt}, whose first line is the subject: {@code Subject: …}) and
 * an HTML fragment ({@code <kind>.html}), plus a footer ({@code footer.txt},
 * {@code footer.html}) under every email. The built-in files are on the classpath under
 * {@code email-templates/}; a clinic replaces any of them with a file of the same name in
 * its own directory. All are read and compiled once, when the service starts: a broken
 * one, or one that uses a variable its kind does not offer, stops the start with the
 * file's name, and no email reads a file.
 */
public final class EmailTemplates {

	static final String BUILT_IN = "email-templates/";

	private static final String SUBJECT = "Subject:";

	/** Compiled once: the subject is cleaned on every email. */
	private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n]+");

	private static final UnaryOperator<String> AS_IS = UnaryOperator.identity();

	private static final UnaryOperator<String> HTML = value -> HtmlUtils.htmlEscape(value,
			StandardCharsets.UTF_8.name());

	private final Map<EmailKind, KindTemplates> kinds;

	private final Template textFooter;

	private final Template htmlFooter;

	private EmailTemplates(Map<EmailKind, KindTemplates> kinds, Template textFooter, Template htmlFooter) {
		this.kinds = kinds;
		this.textFooter = textFooter;
		this.htmlFooter = htmlFooter;
	}

	/** The built-in templates only. */
	public static EmailTemplates builtIn() {
		return load(Optional.empty());
	}

	/**
	 * Reads and compiles every template.
	 * @param overrides the clinic's directory: its files replace the built-in ones of the
	 * same name
	 * @throws InvalidTemplateException naming the file that is broken or unknown
	 */
	public static EmailTemplates load(Optional<Path> overrides) {
		TemplateFiles files = new TemplateFiles(overrides, knownFileNames());
		Map<EmailKind, KindTemplates> kinds = new EnumMap<>(EmailKind.class);
		for (EmailKind kind : EmailKind.values()) {
			kinds.put(kind, compile(kind, files));
		}
		return new EmailTemplates(kinds, files.compile("footer.txt", EmailKind.CLINIC_VARIABLES),
				files.compile("footer.html", EmailKind.CLINIC_VARIABLES));
	}

	/**
	 * The email of that kind, in the clinic's name.
	 * @param values every variable of the kind but the clinic's own
	 */
	RenderedEmail render(EmailKind kind, Clinic clinic, Map<String, String> values) {
		Map<String, String> all = new HashMap<>(values);
		all.put("clinicName", clinic.name());
		all.put("clinicAddress", clinic.address());
		if (!all.keySet().equals(kind.variables())) {
			throw new IllegalArgumentException(kind + " takes " + kind.variables() + ", not " + all.keySet());
		}
		KindTemplates templates = this.kinds.get(kind);
		// a line break in a header would start another header
		String subject = LINE_BREAKS.matcher(templates.subject().render(all, AS_IS)).replaceAll(" ").strip();
		String text = templates.text().render(all, AS_IS) + "\n" + this.textFooter.render(all, AS_IS);
		String html = "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"UTF-8\">\n<title>" + HTML.apply(subject)
				+ "</title>\n</head>\n<body>\n" + templates.html().render(all, HTML) + this.htmlFooter.render(all, HTML)
				+ "</body>\n</html>\n";
		return new RenderedEmail(subject, text, html);
	}

	private static KindTemplates compile(EmailKind kind, TemplateFiles files) {
		String textName = kind.fileName() + ".txt";
		TemplateFiles.Source text = files.read(textName);
		String source = text.text();
		int endOfLine = source.indexOf('\n');
		if (!source.startsWith(SUBJECT) || endOfLine < 0) {
			throw new InvalidTemplateException(
					text.origin() + ": the first line must be the subject, 'Subject: …', and the body follow it");
		}
		String body = source.substring(endOfLine + 1);
		// the blank line that sets the subject apart, as in an email's headers
		body = body.startsWith("\n") ? body.substring(1) : body;
		return new KindTemplates(
				TemplateParser.compile(source.substring(SUBJECT.length(), endOfLine).strip(), text.origin(),
						kind.variables()),
				TemplateParser.compile(body, text.origin(), kind.variables()),
				files.compile(kind.fileName() + ".html", kind.variables()));
	}

	private static Set<String> knownFileNames() {
		Set<String> names = new TreeSet<>(Set.of("footer.txt", "footer.html"));
		for (EmailKind kind : EmailKind.values()) {
			names.add(kind.fileName() + ".txt");
			names.add(kind.fileName() + ".html");
		}
		return names;
	}

	private record KindTemplates(Template subject, Template text, Template html) {
	}

	/** Where each template file is read from: the clinic's directory, or the built-in. */
	private static final class TemplateFiles {

		private final Optional<Path> overrides;

		TemplateFiles(Optional<Path> overrides, Set<String> known) {
			this.overrides = overrides;
			overrides.ifPresent(directory -> refuseUnknownFiles(directory, known));
		}

		Template compile(String fileName, Set<String> variables) {
			Source source = read(fileName);
			return TemplateParser.compile(source.text(), source.origin(), variables);
		}

		Source read(String fileName) {
			Optional<Path> replaced = this.overrides.map(directory -> directory.resolve(fileName))
				.filter(Files::isRegularFile);
			if (replaced.isPresent()) {
				try {
					return new Source(replaced.get().toString(), normalized(Files.readString(replaced.get())));
				}
				catch (IOException ex) {
					throw new InvalidTemplateException(replaced.get() + ": cannot be read as UTF-8 text", ex);
				}
			}
			String resource = BUILT_IN + fileName;
			try (InputStream in = EmailTemplates.class.getClassLoader().getResourceAsStream(resource)) {
				if (in == null) {
					throw new InvalidTemplateException("classpath:" + resource + " is missing from the build");
				}
				return new Source("classpath:" + resource,
						normalized(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
			}
			catch (IOException ex) {
				throw new InvalidTemplateException("classpath:" + resource + ": cannot be read", ex);
			}
		}

		/**
		 * A misspelt file name would otherwise leave the built-in template in silence.
		 */
		private static void refuseUnknownFiles(Path directory, Set<String> known) {
			if (!Files.isDirectory(directory)) {
				throw new InvalidTemplateException(
						"EMAIL_TEMPLATES_DIR (careflow.notification.templates) is not a directory: " + directory);
			}
			try (Stream<Path> files = Files.list(directory)) {
				files.map(file -> file.getFileName().toString())
					.filter(name -> name.endsWith(".txt") || name.endsWith(".html"))
					.filter(name -> !known.contains(name))
					.findFirst()
					.ifPresent(name -> {
						throw new InvalidTemplateException(directory.resolve(name)
								+ " is not an email template; the templates are " + String.join(", ", known));
					});
			}
			catch (IOException ex) {
				throw new InvalidTemplateException(directory + ": cannot be listed", ex);
			}
		}

		/** Files written on Windows render as those written elsewhere. */
		private static String normalized(String text) {
			return text.replace("\r\n", "\n");
		}

		record Source(String origin, String text) {
		}

	}

}
