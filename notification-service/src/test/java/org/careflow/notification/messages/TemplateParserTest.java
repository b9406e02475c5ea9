package org.careflow.notification.messages;

import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The template syntax: what it shows, and every mistake named with file and line. */
class TemplateParserTest {

	private static final Set<String> OFFERED = Set.of("name", "doctor");

	@Test
	void variablesSectionsInvertedSectionsAndCommentsRender() {
		Template template = compile("{{! greeting }}Hi {{ name }}{{#doctor}}, see {{doctor}}{{/doctor}}"
				+ "{{^doctor}}, no doctor yet{{/doctor}}.");

		assertThat(template.render(Map.of("name", "Jane", "doctor", "Dr House"), UnaryOperator.identity()))
			.isEqualTo("Hi Jane, see Dr House.");
		assertThat(template.render(Map.of("name", "Jane", "doctor", ""), UnaryOperator.identity()))
			.isEqualTo("Hi Jane, no doctor yet.");
	}

	@Test
	void everyValueGoesThroughTheEscapeAndTheTemplatesOwnTextDoesNot() {
		Template template = compile("<p>{{name}}</p>");

		assertThat(template.render(Map.of("name", "x", "doctor", ""), value -> "[" + value + "]"))
			.isEqualTo("<p>[x]</p>");
	}

	@Test
	void mistakesAreNamedWithTheOriginAndLine() {
		assertThatExceptionOfType(InvalidTemplateException.class).isThrownBy(() -> compile("a\nb {{name"))
			.withMessage("t.txt, line 2: '{{' is not closed with '}}'");
		assertThatExceptionOfType(InvalidTemplateException.class).isThrownBy(() -> compile("{{/doctor}}"))
			.withMessage("t.txt, line 1: {{/doctor}} closes no open {{#doctor}}");
		assertThatExceptionOfType(InvalidTemplateException.class)
			.isThrownBy(() -> compile("{{#name}}{{#doctor}}{{/name}}{{/doctor}}"))
			.withMessageContaining("{{/name}} closes no open {{#name}}");
		assertThatExceptionOfType(InvalidTemplateException.class).isThrownBy(() -> compile("{{first name}}"))
			.withMessageContaining("'first name' is not a variable name");
	}

	@Test
	void unescapedOutputAndPartialsAreRefusedSoNoValueReachesHtmlUnescaped() {
		assertThatExceptionOfType(InvalidTemplateException.class).isThrownBy(() -> compile("{{{name}}}"))
			.withMessageContaining("is not supported");
		assertThatExceptionOfType(InvalidTemplateException.class).isThrownBy(() -> compile("{{&name}}"))
			.withMessageContaining("is not supported");
		assertThatExceptionOfType(InvalidTemplateException.class).isThrownBy(() -> compile("{{> footer}}"))
			.withMessageContaining("is not supported");
	}

	private static Template compile(String source) {
		return TemplateParser.compile(source, "t.txt", OFFERED);
	}

}
