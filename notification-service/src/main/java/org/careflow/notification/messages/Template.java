package org.careflow.notification.messages;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A compiled email template: text, variables and sections, rendered without parsing or
 * file access (see {@link TemplateParser} for the syntax).
 */
final class Template {

	private final List<Segment> segments;

	Template(List<Segment> segments) {
		this.segments = List.copyOf(segments);
	}

	/**
	 * @param values a value for every variable the template may use; empty for one that
	 * is absent (an unknown doctor), which hides the sections named after it
	 * @param escape applied to every value (HTML-escaping, or none for plain text)
	 */
	String render(Map<String, String> values, UnaryOperator<String> escape) {
		StringBuilder out = new StringBuilder(512);
		renderAll(this.segments, values, escape, out);
		return out.toString();
	}

	private static void renderAll(List<Segment> segments, Map<String, String> values, UnaryOperator<String> escape,
			StringBuilder out) {
		for (Segment segment : segments) {
			switch (segment) {
				case Text text -> out.append(text.text());
				case Variable variable -> out.append(escape.apply(valueOf(variable.name(), values)));
				case Section section -> {
					if (valueOf(section.name(), values).isEmpty() == section.inverted()) {
						renderAll(section.body(), values, escape, out);
					}
				}
			}
		}
	}

	private static String valueOf(String name, Map<String, String> values) {
		String value = values.get(name);
		if (value == null) {
			// the kind's variables are checked when a template is compiled: this is a bug
			throw new IllegalStateException("No value for {{" + name + "}}");
		}
		return value;
	}

	sealed interface Segment permits Text, Variable, Section {

	}

	record Text(String text) implements Segment {
	}

	record Variable(String name) implements Segment {
	}

	/**
	 * Shown when its variable is not empty ({@code {{#name}}}), or when it is empty
	 * ({@code {{^name}}}: inverted).
	 */
	record Section(String name, boolean inverted, List<Segment> body) implements Segment {
	}

}
