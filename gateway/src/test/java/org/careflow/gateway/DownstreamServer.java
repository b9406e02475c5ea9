package org.careflow.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server (the JDK's) standing in for a routed service: it answers every
 * request with 200 and a small JSON body, and remembers what reached it.
 */
final class DownstreamServer {

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private DownstreamServer(HttpServer server) {
		this.server = server;
	}

	static DownstreamServer start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			DownstreamServer downstream = new DownstreamServer(server);
			server.createContext("/", downstream::answer);
			server.start();
			return downstream;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	List<Received> received() {
		return this.received;
	}

	void stop() {
		this.server.stop(0);
	}

	private void answer(HttpExchange exchange) throws IOException {
		int bodyLength = exchange.getRequestBody().readAllBytes().length;
		this.received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
				exchange.getRequestHeaders().getFirst("Authorization"),
				exchange.getRequestHeaders().getFirst("traceparent"), bodyLength));
		byte[] body = "{\"served\":true}".getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

	record Received(String method, String path, String authorization, String traceparent, int bodyLength) {
	}

}
