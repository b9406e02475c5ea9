package org.careflow.platform.links;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A link's page as the HTTP answer: never cached (the page is about one person's
 * appointment or address), never indexed, never sending the token in its address on as a
 * referrer, and allowed nothing but its inline style and a form posting back to itself.
 */
public final class LinkPages {

	public static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	private LinkPages() {
	}

	public static ResponseEntity<String> respond(LinkPage page) {
		return ResponseEntity.status(page.status())
			.contentType(HTML)
			.cacheControl(CacheControl.noStore())
			.header("Referrer-Policy", "no-referrer")
			.header("X-Robots-Tag", "noindex")
			.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
			.body(LinkPageWriter.write(page));
	}

}
