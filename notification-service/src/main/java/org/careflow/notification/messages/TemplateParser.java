package org.careflow.notification.messages;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the logic-less subset of Mustache the email templates are written in:
 * {@code {{name}}} inserts a value, {@code {{#name}}…{{/name}}} shows its content when
 * the value is not empty, {@code {{^name}}…{{/name}}} when it is, {@code {{! …}}} is a
 * comment. Nothing else: no unescaped output ({@code {{{…}}}}, {@code {{&…}}}), no
 * partials, no lists — a template can show only the values its kind offers, HTML-escaped
 * in HTML. Every mistake is reported with the template's origin and line.
 */
final class TemplateParser {

	private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

	private final String origin;

	private final Set<String> offered;

	private TemplateParser(String origin, Set<String> offered) {
		this.origin = origin;
		this.offered = offered;
	}

	/**
	 * @param origin the file, for the error message
	 * @param offered the variables the template may use
	 * @throws InvalidTemplateException if it is broken or uses a variable not offered
	 */
	static Template compile(String source, String origin, Set<String> offered) {
		return new Template(new TemplateParser(origin, offered).parse(source));
	}

	private List<Template.Segment> parse(String source) {
		Deque<OpenSection> open = new ArrayDeque<>();
		List<Template.Segment> current = new ArrayList<>();
		int at = 0;
		while (at < source.length()) {
			int tagStart = source.indexOf("{{", at);
			if (tagStart < 0) {
				current.add(new Template.Text(source.substring(at)));
				break;
			}
			if (tagStart > at) {
				current.add(new Template.Text(source.substring(at, tagStart)));
			}
			int tagEnd = source.indexOf("}}", tagStart + 2);
			if (tagEnd < 0) {
				throw error(source, tagStart, "'{{' is not closed with '}}'");
			}
			String tag = source.substring(tagStart + 2, tagEnd).strip();
			at = tagEnd + 2;
			char sigil = tag.isEmpty() ? ' ' : tag.charAt(0);
			switch (sigil) {
				case '!' -> {
					// a comment renders nothing
				}
				case '#', '^' -> {
					String name = name(tag.substring(1), source, tagStart);
					open.push(new OpenSection(name, sigil == '^', current, tagStart));
					current = new ArrayList<>();
				}
				case '/' -> {
					String name = name(tag.substring(1), source, tagStart);
					if (open.isEmpty() || !open.peek().name().equals(name)) {
						throw error(source, tagStart, "{{/" + name + "}} closes no open {{#" + name + "}}");
					}
					OpenSection section = open.pop();
					section.parent().add(new Template.Section(name, section.inverted(), current));
					current = section.parent();
				}
				case '{', '&', '>', '=' -> throw error(source, tagStart, "{{" + tag + "}} is not supported: only "
						+ "{{name}}, {{#name}}…{{/name}}, {{^name}}…{{/name}} and {{! comment}}");
				default -> current.add(new Template.Variable(name(tag, source, tagStart)));
			}
		}
		if (!open.isEmpty()) {
			throw error(source, open.peek().start(), "{{#" + open.peek().name() + "}} is never closed");
		}
		return current;
	}

	private String name(String text, String source, int at) {
		String name = text.strip();
		if (!NAME.matcher(name).matches()) {
			throw error(source, at, "'" + name + "' is not a variable name");
		}
		if (!this.offered.contains(name)) {
			throw error(source, at,
					"{{" + name + "}} is not a variable of this email; it offers " + String.join(", ", this.offered));
		}
		return name;
	}

	private InvalidTemplateException error(String source, int at, String problem) {
		long line = source.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
		return new InvalidTemplateException(this.origin + ", line " + line + ": " + problem);
	}

	private record OpenSection(String name, boolean inverted, List<Template.Segment> parent, int start) {
	}

}
