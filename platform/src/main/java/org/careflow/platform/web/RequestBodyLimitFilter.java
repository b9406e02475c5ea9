package org.careflow.platform.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above a maximum before anything reads them: 413 at once when the
 * declared length is too big, and a body sent without a length stops being read at the
 * maximum (the reader then fails, which answers 400). No API of ours takes more than a
 * few kilobytes, so a large body is abuse or a mistake.
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final long maxBytes;

	RequestBodyLimitFilter(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxBytes) {
			tooLarge(request, response);
			return;
		}
		chain.doFilter(new LimitedRequest(request, this.maxBytes), response);
	}

	private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", "Request body too large");
		problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
		problem.put("detail", "The request body may be at most " + this.maxBytes + " bytes.");
		problem.put("instance", request.getRequestURI());
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		// the client may still be sending: do not keep the connection for the rest
		response.setHeader("Connection", "close");
		response.getOutputStream().write(JSON.writeValueAsBytes(problem));
	}

	/** Whether reading a body failed because it was cut off at the maximum. */
	static boolean wasCutOff(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLargeException) {
				return true;
			}
		}
		return false;
	}

	/** Reading went past the maximum: the body was cut off there. */
	static final class BodyTooLargeException extends IOException {

		BodyTooLargeException() {
			super("The request body is larger than allowed");
		}

	}

	/** A request whose body ends, as far as its readers can tell, at the maximum. */
	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long maxBytes;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new LimitedStream(super.getInputStream(), this.maxBytes);
			}
			return this.stream;
		}

	}

	private static final class LimitedStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private long remaining;

		LimitedStream(ServletInputStream delegate, long maxBytes) {
			this.delegate = delegate;
			this.remaining = maxBytes;
		}

		@Override
		public int read() throws IOException {
			int next = this.delegate.read();
			if (next >= 0) {
				consume(1);
			}
			return next;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = this.delegate.read(buffer, offset, length);
			if (read > 0) {
				consume(read);
			}
			return read;
		}

		private void consume(int bytes) throws IOException {
			this.remaining -= bytes;
			if (this.remaining < 0) {
				throw new BodyTooLargeException();
			}
		}

		@Override
		public boolean isFinished() {
			return this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

	}

}
