package org.careflow.platform.links;

import org.junit.jupiter.api.Test;

import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A link's page is plain, escaped HTML posting back to itself, answered so that no cache,
 * search engine or next site keeps it or its address.
 */
class LinkPagesTest {

	@Test
	void aPageIsNeverCachedIndexedOrPassedOnAsAReferrer() {
		ResponseEntity<String> answer = LinkPages.respond(LinkPage.invalid());

		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		assertThat(answer.getHeaders().getContentType()).hasToString("text/html;charset=UTF-8");
		assertThat(answer.getHeaders().getCacheControl()).isEqualTo("no-store");
		assertThat(answer.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(answer.getHeaders().getFirst("X-Robots-Tag")).isEqualTo("noindex");
		assertThat(answer.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'")
			.contains("form-action 'self'");
	}

	@Test
	void everyTextIsEscapedAndTheFormPostsBackToThePageItself() {
		String html = LinkPageWriter
			.write(LinkPage.confirm("<b>Title</b>", "A & B", new LinkPage.Button("<script>", "\"><x")));

		assertThat(html)
			.contains("&lt;b&gt;Title&lt;/b&gt;", "A &amp; B", "&lt;script&gt;", "value=\"&quot;&gt;&lt;x\"")
			.doesNotContain("<script>", "<b>")
			.contains("<form method=\"post\">")
			.doesNotContain("action=");
	}

	@Test
	void aPageWithoutButtonsHasNoForm() {
		assertThat(LinkPageWriter.write(LinkPage.expired("Links work for three days."))).doesNotContain("<form")
			.contains("This link has expired")
			.contains("Links work for three days.");
	}

	@Test
	void theGenericPagesSpeakOfNoAppointmentSoTheyFitEveryLink() {
		assertThat(LinkPage.invalid().message()).doesNotContainIgnoringCase("appointment");
		assertThat(LinkPage.superseded("Your email address").title())
			.isEqualTo("Your email address has changed since this email");
		assertThat(LinkPage.unavailable("Confirming email addresses").status().value()).isEqualTo(503);
	}

}
