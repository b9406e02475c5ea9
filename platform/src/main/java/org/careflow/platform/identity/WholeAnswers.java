package org.careflow.platform.identity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Reads each answer of another service whole while the call is still being made, so that
 * a connection failing in the middle of the body (a read timeout after the headers came,
 * a reset) fails the call as an I/O error: {@code RestClient} then throws its
 * {@code ResourceAccessException}, which the callers' retries and circuit breakers count
 * as the other service failing. Read later, while the body is turned into a record, the
 * same failure surfaced as a plain {@code RestClientException} that nothing retried or
 * counted (a booking whose claim had succeeded answered 503). Internal answers are small;
 * one over {@code maxBytes} is refused as a failure too rather than held in memory.
 */
final class WholeAnswers implements ClientHttpRequestInterceptor {

	private final int maxBytes;

	WholeAnswers(int maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		ClientHttpResponse response = execution.execute(request, body);
		try (InputStream in = response.getBody()) {
			byte[] answer = in.readNBytes(this.maxBytes + 1);
			if (answer.length > this.maxBytes) {
				throw new IOException("Answer of " + request.getURI().getHost() + " over " + this.maxBytes + " bytes");
			}
			return new ReadAnswer(response, answer);
		}
		catch (IOException ex) {
			response.close();
			throw ex;
		}
	}

	/** The answer as it came, with its body already in memory. */
	private static final class ReadAnswer implements ClientHttpResponse {

		private final ClientHttpResponse response;

		private final byte[] body;

		ReadAnswer(ClientHttpResponse response, byte[] body) {
			this.response = response;
			this.body = body;
		}

		@Override
		public HttpStatusCode getStatusCode() throws IOException {
			return this.response.getStatusCode();
		}

		@Override
		public String getStatusText() throws IOException {
			return this.response.getStatusText();
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.response.getHeaders();
		}

		@Override
		public InputStream getBody() {
			return new ByteArrayInputStream(this.body);
		}

		@Override
		public void close() {
			this.response.close();
		}

	}

}
