package org.careflow.notification.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Where a webhook may be sent: never into the clinic's own network (no SSRF). Only
 * {@code https}, to a host whose every address is public; the local stack may also use
 * {@code http} on loopback. Checked when a subscription is made and again before each
 * delivery, since a name may resolve elsewhere later.
 */
final class TargetAddress {

	static final int MAX_URL_LENGTH = 2000;

	/** Resolves a host name to all its addresses. */
	interface Resolver {

		List<InetAddress> resolve(String host) throws UnknownHostException;

		Resolver DNS = (host) -> List.of(InetAddress.getAllByName(host));

	}

	private TargetAddress() {
	}

	/**
	 * @return the URL, parsed
	 * @throws TargetRefusedException naming why it is refused
	 */
	static URI check(String url, boolean allowLoopback, Resolver resolver) {
		if (url.length() > MAX_URL_LENGTH) {
			throw new TargetRefusedException("must be at most " + MAX_URL_LENGTH + " characters");
		}
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (java.net.URISyntaxException ex) {
			throw new TargetRefusedException("is not a URL");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
			throw new TargetRefusedException("must be an absolute URL with a host, without user info or fragment");
		}
		List<InetAddress> addresses;
		try {
			addresses = resolver.resolve(uri.getHost());
		}
		catch (UnknownHostException ex) {
			throw new TargetRefusedException("names a host that does not resolve");
		}
		boolean loopback = !addresses.isEmpty() && addresses.stream().allMatch(InetAddress::isLoopbackAddress);
		if (allowLoopback && loopback && (scheme.equals("http") || scheme.equals("https"))) {
			return uri;
		}
		if (!scheme.equals("https")) {
			throw new TargetRefusedException("must use https");
		}
		if (addresses.isEmpty() || !addresses.stream().allMatch(TargetAddress::isPublic)) {
			throw new TargetRefusedException("must reach a public address (not loopback, private or link-local)");
		}
		return uri;
	}

	static boolean isPublic(InetAddress address) {
		if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] bytes = address.getAddress();
		if (bytes.length == 4) {
			int first = bytes[0] & 0xff;
			int second = bytes[1] & 0xff;
			// 100.64/10 carrier-grade NAT, 0/8 "this network", 240/4 reserved
			return !(first == 100 && second >= 64 && second <= 127) && first != 0 && first < 240;
		}
		// fc00::/7 unique local addresses (IPv6's private ranges)
		return (bytes[0] & 0xfe) != 0xfc;
	}

	static final class TargetRefusedException extends RuntimeException {

		TargetRefusedException(String reason) {
			super(reason);
		}

	}

}
