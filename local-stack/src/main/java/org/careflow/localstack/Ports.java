package org.careflow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Port helpers. A port of 0 means "any free port"; servers that need their port before
 * they bind (Keycloak's issuer, Kafka's advertised listener) resolve it here first.
 */
final class Ports {

	private Ports() {
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port on 127.0.0.1", ex);
		}
	}

	static int orFree(int port) {
		return (port != 0) ? port : freePort();
	}

	static void requireFree(int port, String what) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		}
		catch (IOException ex) {
			throw new IllegalStateException(
					"Port " + port + " (" + what
							+ ") is already in use: is another CareFlow stack running? Stop it or choose other ports.",
					ex);
		}
	}

}
