package org.careflow.platform.identity;

import java.io.IOException;

import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Adds this service's own bearer token to each call of a {@code RestClient}. A 401 means
 * the token went stale (a realm key rotated, say): it is dropped, so the next call gets a
 * fresh one.
 */
public class ServiceTokenInterceptor implements ClientHttpRequestInterceptor {

	private final ServiceTokens tokens;

	public ServiceTokenInterceptor(ServiceTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		request.getHeaders().setBearerAuth(this.tokens.token());
		ClientHttpResponse response = execution.execute(request, body);
		if (response.getStatusCode().isSameCodeAs(HttpStatus.UNAUTHORIZED)) {
			this.tokens.invalidate();
		}
		return response;
	}

}
