package org.careflow.platform.links;

import org.springframework.web.util.HtmlUtils;

/**
 * A link's page as a small, self-contained HTML document: no script, no external file,
 * readable on any phone. Every text is escaped; the form posts back to the page's own
 * address, so the token never appears in the page's body.
 */
public final class LinkPageWriter {

	private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:34rem;margin:2rem auto;"
			+ "padding:0 1rem;line-height:1.5;color:#1d2733}h1{font-size:1.4rem}"
			+ "button{display:block;margin:.5rem 0;padding:.7rem 1rem;font-size:1rem;border-radius:.4rem;"
			+ "border:1px solid #1d5fa8;background:#1d5fa8;color:#fff;width:100%;text-align:left}"
			+ "p.brand{color:#5b6670;font-size:.9rem}";

	private LinkPageWriter() {
	}

	public static String write(LinkPage page) {
		StringBuilder html = new StringBuilder(1024);
		html.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
			.append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
			.append("<meta name=\"robots\" content=\"noindex\"><title>")
			.append(escape(page.title()))
			.append(" · CareFlow</title><style>")
			.append(STYLE)
			.append("</style></head><body><p class=\"brand\">CareFlow</p><h1>")
			.append(escape(page.title()))
			.append("</h1><p>")
			.append(escape(page.message()))
			.append("</p>");
		if (!page.buttons().isEmpty()) {
			html.append("<form method=\"post\">");
			for (LinkPage.Button button : page.buttons()) {
				html.append("<button type=\"submit\" name=\"choice\" value=\"")
					.append(escape(button.value()))
					.append("\">")
					.append(escape(button.label()))
					.append("</button>");
			}
			html.append("</form>");
		}
		return html.append("</body></html>").toString();
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
