package org.careflow.notification.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.careflow.notification.webhooks.TargetAddress.TargetRefusedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** No webhook into the clinic's own network. */
class TargetAddressTest {

	private static final Map<String, String> DNS = Map.of("hooks.example.com", "93.184.216.34", "intranet.example.com",
			"10.1.2.3", "sneaky.example.com", "93.184.216.34,192.168.1.10", "localhost", "127.0.0.1");

	private static final TargetAddress.Resolver RESOLVER = (host) -> {
		String addresses = DNS.get(host);
		if (addresses == null) {
			// literal addresses resolve to themselves, as the JDK does without asking DNS
			if (host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+\\]?")) {
				return List.of(InetAddress.getByName(host.replace("[", "").replace("]", "")));
			}
			throw new UnknownHostException(host);
		}
		List<InetAddress> resolved = new java.util.ArrayList<>();
		for (String address : addresses.split(",")) {
			resolved.add(InetAddress.getByName(address));
		}
		return resolved;
	};

	@Test
	void httpsToAPublicHostIsAccepted() {
		assertThat(TargetAddress.check("https://hooks.example.com/careflow?x=1", false, RESOLVER).getHost())
			.isEqualTo("hooks.example.com");
	}

	@Test
	void plainHttpIsRefusedInProduction() {
		refused("http://hooks.example.com/careflow", false, "https");
	}

	@Test
	void privateLoopbackLinkLocalAndSharedAddressesAreRefused() {
		for (String url : List.of("https://intranet.example.com/", "https://sneaky.example.com/", "https://127.0.0.1/",
				"https://localhost/", "https://169.254.169.254/latest/meta-data", "https://172.16.0.1/",
				"https://100.64.0.1/", "https://0.0.0.0/", "https://[::1]/", "https://[fd00::1]/",
				"https://224.0.0.1/")) {
			refused(url, false, "public address");
		}
	}

	@Test
	void theLocalStackMayUseLoopbackOverHttpButStillNotTheClinicsNetwork() {
		assertThat(TargetAddress.check("http://127.0.0.1:9999/hook", true, RESOLVER).getPort()).isEqualTo(9999);
		assertThat(TargetAddress.check("http://localhost:9999/hook", true, RESOLVER).getPort()).isEqualTo(9999);
		refused("http://intranet.example.com/", true, "https");
		refused("https://intranet.example.com/", true, "public address");
	}

	@Test
	void malformedUnresolvableOrOverlongUrlsAreRefused() {
		refused("hooks.example.com/no-scheme", false, "absolute URL");
		refused("https://user:pass@hooks.example.com/", false, "without user info");
		refused("https://nowhere.invalid/", false, "does not resolve");
		refused("https://hooks.example.com/ space", false, "not a URL");
		refused("https://hooks.example.com/" + "a".repeat(TargetAddress.MAX_URL_LENGTH), false, "at most");
	}

	private static void refused(String url, boolean allowLoopback, String reason) {
		assertThatExceptionOfType(TargetRefusedException.class).as(url)
			.isThrownBy(() -> TargetAddress.check(url, allowLoopback, RESOLVER))
			.withMessageContaining(reason);
	}

}
