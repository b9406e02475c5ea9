package org.careflow.notification.webhooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * An integrator's endpoint on loopback that can be taken down and brought back on its
 * port.
 */
final class LoopbackReceiver implements AutoCloseable {

	/** One POST as it arrived. */
	record Received(Map<String, String> headers, String body) {
	}

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final int port;

	private HttpServer server;

	private LoopbackReceiver(int port) {
		this.port = port;
	}

	static LoopbackReceiver started() {
		LoopbackReceiver receiver = new LoopbackReceiver(0);
		receiver.start();
		return receiver;
	}

	/** A receiver whose port nothing listens on yet. */
	static LoopbackReceiver onFreePort() {
		LoopbackReceiver probe = started();
		int port = probe.port();
		probe.stop();
		return new LoopbackReceiver(port);
	}

	synchronized void start() {
		try {
			int port = (this.server != null) ? this.server.getAddress().getPort() : this.port;
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/hook", (exchange) -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
			this.received.add(new Received(headers, body));
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		this.server.start();
	}

	synchronized void stop() {
		this.server.stop(0);
	}

	int port() {
		return (this.server != null) ? this.server.getAddress().getPort() : this.port;
	}

	String url() {
		return "http://127.0.0.1:" + port() + "/hook";
	}

	List<Received> received() {
		return List.copyOf(this.received);
	}

	@Override
	public void close() {
		if (this.server != null) {
			this.server.stop(0);
		}
	}

}
