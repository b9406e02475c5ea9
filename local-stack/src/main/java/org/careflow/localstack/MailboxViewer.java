package org.careflow.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The mailbox web viewer of {@link EmbeddedSmtp}, served by the JDK's own HTTP server.
 */
final class MailboxViewer implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z")
		.withZone(ZoneId.systemDefault());

	private final EmbeddedSmtp smtp;

	private final HttpServer server;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "mailbox-viewer");
		thread.setDaemon(true);
		return thread;
	});

	private MailboxViewer(EmbeddedSmtp smtp, HttpServer server) {
		this.smtp = smtp;
		this.server = server;
	}

	static MailboxViewer start(EmbeddedSmtp smtp, int port) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
			MailboxViewer viewer = new MailboxViewer(smtp, server);
			server.createContext("/api/messages", viewer::json);
			server.createContext("/", viewer::page);
			server.setExecutor(viewer.executor);
			server.start();
			return viewer;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the mailbox viewer on port " + port, ex);
		}
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	private void json(HttpExchange exchange) throws IOException {
		List<Map<String, String>> body = messages(exchange).stream().map(MailboxViewer::toJson).toList();
		respond(exchange, 200, "application/json", toJsonText(body));
	}

	private void page(HttpExchange exchange) throws IOException {
		if (!"/".equals(exchange.getRequestURI().getPath())) {
			respond(exchange, 404, "text/plain; charset=utf-8", "Not found");
			return;
		}
		respond(exchange, 200, "text/html; charset=utf-8", html(messages(exchange), recipient(exchange)));
	}

	private List<ReceivedMail> messages(HttpExchange exchange) {
		String to = recipient(exchange);
		return (to != null) ? this.smtp.messagesTo(to) : this.smtp.messages();
	}

	private static String recipient(HttpExchange exchange) {
		String query = exchange.getRequestURI().getRawQuery();
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			if (pair.startsWith("to=") && pair.length() > 3) {
				return URLDecoder.decode(pair.substring(3), StandardCharsets.UTF_8);
			}
		}
		return null;
	}

	private static Map<String, String> toJson(ReceivedMail mail) {
		Map<String, String> json = new LinkedHashMap<>();
		json.put("to", mail.to());
		json.put("from", mail.from());
		json.put("subject", mail.subject());
		json.put("receivedAt", mail.receivedAt().toString());
		json.put("body", mail.body());
		if (!mail.calendar().isEmpty()) {
			json.put("calendar", mail.calendar());
		}
		return json;
	}

	private static String toJsonText(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String html(List<ReceivedMail> messages, String to) {
		StringBuilder html = new StringBuilder("""
				<!DOCTYPE html>
				<html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5">
				<title>CareFlow mailbox</title>
				<style>
				body{font-family:system-ui,sans-serif;margin:2rem;color:#222}
				table{border-collapse:collapse;width:100%}
				th,td{border-bottom:1px solid #ddd;padding:.5rem;text-align:left;vertical-align:top}
				pre{white-space:pre-wrap;margin:0;font-family:inherit}
				</style></head><body>
				""");
		html.append("<h1>CareFlow mailbox</h1>\n<p>")
			.append(messages.size())
			.append(" message(s)")
			.append((to != null) ? " to " + escape(to) + " &middot; <a href=\"/\">show all</a>" : "")
			.append(" &middot; newest first &middot; refreshes every 5 s &middot; JSON: <a href=\"/api/messages\">/api/messages</a></p>\n");
		html.append("<table><tr><th>To</th><th>Subject</th><th>Date</th><th>Body</th></tr>\n");
		for (ReceivedMail mail : messages) {
			html.append("<tr><td><a href=\"/?to=")
				.append(escape(URLEncoder.encode(mail.to(), StandardCharsets.UTF_8)))
				.append("\">")
				.append(escape(mail.to()))
				.append("</a></td><td>")
				.append(escape(mail.subject()))
				.append("<br><small>from ")
				.append(escape(mail.from()))
				.append("</small></td><td>")
				.append(DATE.format(mail.receivedAt()))
				.append("</td><td><pre>")
				.append(escape(mail.body()))
				.append("</pre></td></tr>\n");
		}
		return html.append("</table></body></html>\n").toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
