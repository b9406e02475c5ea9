package org.careflow.doctor;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careflow.localstack.ReceivedMail;
import org.careflow.testinfra.TestInfrastructure;

import static org.awaitility.Awaitility.await;

/**
 * What a new staff member does with Keycloak's set-password email: finds it in the test
 * SMTP server's mailbox, opens the link in it and submits Keycloak's form, as a browser
 * would (cookies kept, redirects followed).
 */
final class SetPasswordEmail {

	private static final Pattern ACTION_LINK = Pattern
		.compile("https?://\\S+/realms/careflow/login-actions/action-token\\?key=[^\\s\"<>]+");

	private static final Pattern FORM_ACTION = Pattern.compile(
			"<form[^>]*id=\"kc-passwd-update-form\"[^>]*action=\"([^\"]+)\"|<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-passwd-update-form\"");

	/** The "proceed" link of Keycloak's page listing the actions to perform. */
	private static final Pattern PROCEED_LINK = Pattern.compile("href=\"([^\"]*login-actions/action-token[^\"]*)\"");

	private SetPasswordEmail() {
	}

	/** The link of the one set-password email sent to the address (waits for it). */
	static String linkSentTo(String email) {
		List<ReceivedMail> mails = await().atMost(Duration.ofSeconds(30))
			.until(() -> TestInfrastructure.smtp().messagesTo(email), (received) -> !received.isEmpty());
		Matcher link = ACTION_LINK.matcher(mails.get(0).body());
		if (!link.find()) {
			throw new AssertionError("No Keycloak action link in: " + mails.get(0).body());
		}
		return link.group();
	}

	/** Follows the emailed link and chooses {@code password}. */
	static void choosePassword(String link, String password) {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieJar())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		String page = get(browser, link);
		for (int step = 0; step < 3 && !FORM_ACTION.matcher(page).find(); step++) {
			Matcher proceed = PROCEED_LINK.matcher(page);
			if (!proceed.find()) {
				throw new AssertionError("Neither a password form nor a link to proceed on: " + page);
			}
			page = get(browser, unescape(proceed.group(1)));
		}
		Matcher form = FORM_ACTION.matcher(page);
		if (!form.find()) {
			throw new AssertionError("No password form on: " + page);
		}
		String action = unescape((form.group(1) != null) ? form.group(1) : form.group(2));
		String fields = "password-new=" + encode(password) + "&password-confirm=" + encode(password);
		String answer = send(browser,
				HttpRequest.newBuilder(URI.create(action))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(fields))
					.build());
		if (FORM_ACTION.matcher(answer).find()) {
			throw new AssertionError("Keycloak showed the password form again: " + answer);
		}
	}

	private static String get(HttpClient browser, String url) {
		return send(browser, HttpRequest.newBuilder(URI.create(url)).GET().build());
	}

	private static String send(HttpClient browser, HttpRequest request) {
		try {
			HttpResponse<String> response = browser.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 400) {
				throw new AssertionError(request.uri() + " answered " + response.statusCode() + ": " + response.body());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	private static String unescape(String html) {
		return html.replace("&amp;", "&");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * Keeps every cookie Keycloak sets, as a browser does for localhost: the JDK's own
	 * {@code CookieManager} never sends a {@code Secure} cookie over http, and Keycloak
	 * marks its session cookies so.
	 */
	private static final class CookieJar extends CookieHandler {

		private final Map<String, String> cookies = new LinkedHashMap<>();

		@Override
		public synchronized Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
			if (this.cookies.isEmpty()) {
				return Map.of();
			}
			List<String> pairs = this.cookies.entrySet().stream().map((e) -> e.getKey() + "=" + e.getValue()).toList();
			return Map.of("Cookie", List.of(String.join("; ", pairs)));
		}

		@Override
		public synchronized void put(URI uri, Map<String, List<String>> responseHeaders) {
			responseHeaders.forEach((header, values) -> {
				if (header != null && header.equalsIgnoreCase("Set-Cookie")) {
					values.forEach(this::store);
				}
			});
		}

		private void store(String setCookie) {
			String pair = setCookie.split(";", 2)[0];
			int equals = pair.indexOf('=');
			if (equals <= 0) {
				return;
			}
			String name = pair.substring(0, equals).strip();
			String value = pair.substring(equals + 1).strip();
			if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
				this.cookies.remove(name);
			}
			else {
				this.cookies.put(name, value);
			}
		}

	}

}
