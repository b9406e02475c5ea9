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
 * token ({@link ServiceTokenInterceptor}; tests pass their own), each answer read whole
 * before the call returns ({@link WholeAnswers}: a connection lost in the middle of a
 * body is then an I/O failure that retries and breakers count).
 */
public final class ServiceClients {

	/**
	 * The largest answer one service reads from another: a page of slots, a list of at
	 * most 20 ids and a count, a claim. Far above any of them, far below a heap's worth.
	 */
	static final int MAX_ANSWER_BYTES = 1024 * 1024;

	private ServiceClients() {
	}

	public static RestClient of(RestClient.Builder builder, String baseUrl, Duration connectTimeout,
			Duration readTimeout, ClientHttpRequestInterceptor serviceToken) {
		HttpClientSettings timeouts = HttpClientSettings.defaults().withTimeouts(connectTimeout, readTimeout);
		return builder.baseUrl(baseUrl)
			.requestFactory(ClientHttpRequestFactoryBuilder.jdk().build(timeouts))
			.requestInterceptor(serviceToken)
			.requestInterceptor(new WholeAnswers(MAX_ANSWER_BYTES))
			.build();
	}

}
