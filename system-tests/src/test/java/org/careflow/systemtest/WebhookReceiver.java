package org.careflow.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * An integrator's webhook endpoint on loopback, as an integrator would write it: it keeps
 * only deliveries whose {@code CareFlow-Signature} checks out with the shared secret.
 */
final class WebhookReceiver implements AutoCloseable {

	/** One delivery whose signature checked out. */
	record Delivery(String eventId, String type, String body) {
	}

	private final HttpServer server;

	private final String secret;

	private final List<Delivery> verified = new CopyOnWriteArrayList<>();

	private final List<String> refused = new CopyOnWriteArrayList<>();

	WebhookReceiver(String secret) {
		this.secret = secret;
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/careflow-events", (exchange) -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			String signature = exchange.getRequestHeaders().getFirst("CareFlow-Signature");
			boolean valid = signedWithTheSecret(signature, body);
			if (valid) {
				this.verified.add(new Delivery(exchange.getRequestHeaders().getFirst("CareFlow-Event-Id"),
						exchange.getRequestHeaders().getFirst("CareFlow-Event-Type"), body));
			}
			else {
				this.refused.add(signature);
			}
			exchange.sendResponseHeaders(valid ? 204 : 401, -1);
			exchange.close();
		});
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/careflow-events";
	}

	List<Delivery> verified() {
		return List.copyOf(this.verified);
	}

	List<String> refused() {
		return List.copyOf(this.refused);
	}

	/**
	 * {@code t=<seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">}, compared in constant
	 * time.
	 */
	private boolean signedWithTheSecret(String header, String body) {
		if (header == null || !header.startsWith("t=") || !header.contains(",v1=")) {
			return false;
		}
		String time = header.substring(2, header.indexOf(','));
		String given = header.substring(header.indexOf(",v1=") + 4);
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] expected = mac.doFinal((time + "." + body).getBytes(StandardCharsets.UTF_8));
			return MessageDigest.isEqual(HexFormat.of().formatHex(expected).getBytes(StandardCharsets.US_ASCII),
					given.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
