package org.careflow.gateway;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Who a client is before it shows a token: the connection's remote address. Behind a
 * reverse proxy that is the proxy's address for everyone, unless the operator sets
 * {@code server.forward-headers-strategy} (and the proxy overwrites the forwarded
 * headers, or clients could claim any address).
 * <p>
 * An IPv6 client counts by its /64 network: one subscriber is usually given a whole /64,
 * and could otherwise take a fresh address, and a fresh budget, for every request.
 */
final class ClientAddress {

	private ClientAddress() {
	}

	static String of(ServerHttpRequest request) {
		InetSocketAddress remote = request.getRemoteAddress();
		if (remote == null) {
			return "unknown";
		}
		InetAddress address = remote.getAddress();
		if (address == null) {
			return remote.getHostString();
		}
		return (address instanceof Inet6Address) ? network64(address.getAddress()) : address.getHostAddress();
	}

	private static String network64(byte[] ipv6) {
		StringBuilder network = new StringBuilder();
		for (int group = 0; group < 4; group++) {
			int value = ((ipv6[2 * group] & 0xff) << 8) | (ipv6[2 * group + 1] & 0xff);
			network.append(Integer.toHexString(value)).append(':');
		}
		return network.append(":/64").toString();
	}

}
