package org.careflow.appointment.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.careflow.platform.security.Caller;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} on a booking or a reschedule: a retried request with the same
 * key (same caller) gets the first answer again — same status, body and {@code Location}
 * — for 24 hours, and nothing happens twice; the same key with another request (method,
 * path or body) → 422. Concurrent requests with one key: the first runs, the others wait
 * for its answer (up to {@link #PATIENCE_MILLIS}, then 409). Answers of 5xx are not kept
 * (nothing was stored): a retry runs anew. Runs after the security chain, so the caller
 * is known; a request without the header is not touched.
 */
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	/** Keys are opaque to us; a UUID is what clients are advised to send. */
	private static final Pattern VALID_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	private static final long PATIENCE_MILLIS = 10_000;

	private static final long PAUSE_MILLIS = 50;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final IdempotencyKeys keys;

	IdempotencyFilter(IdempotencyKeys keys) {
		this.keys = keys;
	}

	/** The requests that create an appointment. */
	private static final Pattern KEYED_PATHS = Pattern.compile("/api/appointments(/[^/]{1,64}/reschedule)?");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
				|| !KEYED_PATHS.matcher(request.getRequestURI()).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			chain.doFilter(request, response);
			return;
		}
		List<String> sent = Collections.list(request.getHeaders(HEADER));
		if (sent.size() != 1 || !VALID_KEY.matcher(sent.get(0)).matches()) {
			problem(request, response, HttpStatus.BAD_REQUEST, "Invalid request",
					"Send one Idempotency-Key of 1 to 64 letters, digits or . _ : -", true);
			return;
		}
		byte[] body;
		try {
			body = request.getInputStream().readAllBytes();
		}
		catch (IOException cutOff) {
			problem(request, response, HttpStatus.BAD_REQUEST, "Invalid request", "The request body could not be read.",
					false);
			return;
		}
		String id = digest(Caller.of(authentication).id() + "\n" + sent.get(0));
		String fingerprint = digest(
				request.getMethod() + " " + request.getRequestURI() + "\n" + new String(body, StandardCharsets.UTF_8));
		Optional<IdempotencyKeys.Entry> first = this.keys.claim(id, fingerprint);
		if (first.isEmpty()) {
			runFirst(new CachedBodyRequest(request, body), response, chain, id);
			return;
		}
		if (!first.get().fingerprint().equals(fingerprint)) {
			problem(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused",
					"This Idempotency-Key was sent with another request; use a new key for a new request.", true);
			return;
		}
		Optional<StoredAnswer> answer = awaitAnswer(id, first.get());
		if (answer.isEmpty()) {
			problem(request, response, HttpStatus.CONFLICT, "Request in progress",
					"A request with this Idempotency-Key is still being processed; retry shortly.", true);
			return;
		}
		replay(answer.get(), response);
	}

	private void runFirst(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String id)
			throws IOException, ServletException {
		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, recorded);
		}
		catch (IOException | ServletException | RuntimeException failed) {
			this.keys.forget(id);
			throw failed;
		}
		if (recorded.getStatus() >= 500) {
			this.keys.forget(id);
		}
		else {
			this.keys.answer(id,
					new StoredAnswer(recorded.getStatus(), recorded.getContentType(),
							recorded.getHeader(HttpHeaders.LOCATION),
							new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8)));
		}
		recorded.copyBodyToResponse();
	}

	private Optional<StoredAnswer> awaitAnswer(String id, IdempotencyKeys.Entry first) throws IOException {
		long deadline = System.nanoTime() + PATIENCE_MILLIS * 1_000_000;
		IdempotencyKeys.Entry current = first;
		while (current != null && current.answer() == null && System.nanoTime() < deadline) {
			try {
				Thread.sleep(PAUSE_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while waiting for the first request's answer", ex);
			}
			current = this.keys.find(id).orElse(null);
		}
		return Optional.ofNullable(current).map(IdempotencyKeys.Entry::answer);
	}

	private static void replay(StoredAnswer answer, HttpServletResponse response) throws IOException {
		response.setStatus(answer.status());
		if (answer.contentType() != null) {
			response.setContentType(answer.contentType());
		}
		if (answer.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, answer.location());
		}
		response.setHeader("Idempotent-Replayed", "true");
		response.getOutputStream().write(answer.body().getBytes(StandardCharsets.UTF_8));
	}

	private static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String title, String detail, boolean namesTheHeader) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		if (namesTheHeader) {
			problem.put("errors", List.of(Map.of("field", HEADER, "message", detail)));
		}
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(JSON.writeValueAsBytes(problem));
	}

	private static String digest(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/**
	 * The request with its body read once, for the fingerprint, and again by the chain.
	 */
	private static final class CachedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream bytes = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return bytes.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return bytes.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return bytes.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("blocking reads only");
				}

			};
		}

	}

}
