package org.careflow.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the link of CareFlow's welcome email ({@code <PUBLIC_URL>/links/email/<token>})
 * and presses its page's button as a person would. For tests and local scripts.
 */
public final class EmailVerificationLinks {

	/** The subject of notification-service's welcome email, which carries the link. */
	public static final String WELCOME_SUBJECT = "Welcome to CareFlow";

	private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+/links/email/[A-Za-z0-9_.-]+");

	/** A quoted-printable soft line break, left in a message read raw. */
	private static final Pattern SOFT_LINE_BREAK = Pattern.compile("=\r?\n");

	private EmailVerificationLinks() {
	}

	/**
	 * The first welcome link in an email's text or HTML, decoded or raw (a raw
	 * quoted-printable body may break the long link across lines).
	 */
	public static Optional<String> in(String mailText) {
		Matcher link = LINK.matcher(SOFT_LINE_BREAK.matcher(mailText).replaceAll(""));
		return link.find() ? Optional.of(link.group()) : Optional.empty();
	}

	/**
	 * Presses the page's button: the form's POST, as a browser sends it.
	 * @throws IllegalStateException unless the page answers 200 (confirmed, or confirmed
	 * already)
	 */
	public static void confirm(String url) {
		HttpClient browser = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		HttpRequest press = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(20))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("choice="))
			.build();
		try {
			HttpResponse<String> page = browser.send(press, HttpResponse.BodyHandlers.ofString());
			if (page.statusCode() != 200) {
				throw new IllegalStateException("Confirming the address answered " + page.statusCode());
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not confirm the address", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
