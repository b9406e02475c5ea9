package org.careflow.platform.identity;

import java.time.Duration;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * Clients of other CareFlow services: each over the JDK's HTTP client with the caller's
 * timeouts (it keeps a pool of open connections, where HttpURLConnection kept five at
 * most and opened a new one per call beyond that), each call carrying this service's own
 * token ({@link ServiceTokenInterceptor}; tests pass their own).
 */
public final class ServiceClients {

	private ServiceClients() {
	}

	public static RestClient of(RestClient.Builder builder, String baseUrl, Duration connectTimeout,
			Duration readTimeout, ClientHttpRequestInterceptor serviceToken) {
		HttpClientSettings timeouts = HttpClientSettings.defaults().withTimeouts(connectTimeout, readTimeout);
		return builder.baseUrl(baseUrl)
			.requestFactory(ClientHttpRequestFactoryBuilder.jdk().build(timeouts))
			.requestInterceptor(serviceToken)
			.build();
	}

}
