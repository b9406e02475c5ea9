package org.careflow.localstack;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows the link of a Keycloak email (e-mail verification, say) as a person would: open
 * the link, then click the page's "proceed" link when Keycloak asks for it (it does when
 * the link is opened outside the session that sent it). For tests and local scripts.
 */
public final class KeycloakActionLinks {

	private static final Pattern LINK = Pattern
		.compile("https?://[^\\s\"<>]+/login-actions/action-token\\?[^\\s\"<>]+");

	private KeycloakActionLinks() {
	}

	/** The first action link in an email's text. */
	public static String in(String mailText) {
		Matcher link = LINK.matcher(mailText);
		if (!link.find()) {
			throw new IllegalArgumentException("No Keycloak action link in: " + mailText);
		}
		return link.group();
	}

	/**
	 * Opens the first action link of the email, and the confirmation link of the page it
	 * shows, if any.
	 * @return the text of the last page
	 */
	public static String follow(String mailText) {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new PlainCookies())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		String page = get(browser, in(mailText));
		Matcher proceed = LINK.matcher(page);
		return proceed.find() ? get(browser, proceed.group().replace("&amp;", "&")) : page;
	}

	private static String get(HttpClient browser, String url) {
		try {
			HttpResponse<String> response = browser.send(
					HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 400) {
				throw new IllegalStateException("Keycloak answered " + response.statusCode() + " for " + url);
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not open " + url, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Keycloak marks its session cookies {@code Secure}; a browser still sends them to
	 * {@code http://localhost}, the JDK's cookie manager does not. This jar does, for the
	 * one host the links go to.
	 */
	private static final class PlainCookies extends CookieHandler {

		private final Map<String, String> cookies = new ConcurrentHashMap<>();

		@Override
		public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
			if (this.cookies.isEmpty()) {
				return Map.of();
			}
			List<String> pairs = this.cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
			return Map.of("Cookie", List.of(String.join("; ", pairs)));
		}

		@Override
		public void put(URI uri, Map<String, List<String>> responseHeaders) {
			responseHeaders.forEach((name, values) -> {
				if ("set-cookie".equalsIgnoreCase(name)) {
					values.forEach(this::remember);
				}
			});
		}

		private void remember(String setCookie) {
			String pair = setCookie.split(";", 2)[0];
			int equals = pair.indexOf('=');
			if (equals > 0) {
				this.cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
			}
		}

	}

}
