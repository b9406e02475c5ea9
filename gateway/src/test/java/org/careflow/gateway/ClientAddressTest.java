package org.careflow.gateway;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

	@Test
	void anIpv4ClientIsItsAddress() {
		assertThat(ClientAddress.of(from("203.0.113.7"))).isEqualTo("203.0.113.7");
		assertThat(ClientAddress.of(from("203.0.113.8"))).isEqualTo("203.0.113.8");
	}

	@Test
	void anIpv6ClientIsItsSlash64SoRotatingAddressesDoesNotBuyAFreshBudget() {
		String one = ClientAddress.of(from("2001:db8:1:2:aaaa::1"));
		String other = ClientAddress.of(from("2001:db8:1:2:ffff:1234:5678:9abc"));
		String anotherNetwork = ClientAddress.of(from("2001:db8:1:3::1"));

		assertThat(one).isEqualTo(other).isEqualTo("2001:db8:1:2::/64");
		assertThat(anotherNetwork).isNotEqualTo(one);
	}

	private static MockServerHttpRequest from(String address) {
		return MockServerHttpRequest.get("/api/doctors").remoteAddress(new InetSocketAddress(address, 40000)).build();
	}

}
