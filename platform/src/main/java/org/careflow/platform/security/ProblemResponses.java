package org.careflow.platform.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** 401 and 403 as RFC 9457 problem documents, like every other error of the API. */
final class ProblemResponses {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemResponses() {
	}

	static AuthenticationEntryPoint unauthorized() {
		return (request, response, exception) -> write(request, response, HttpStatus.UNAUTHORIZED,
				"A valid bearer token is required.", exception);
	}

	/**
	 * A token that cannot be checked because the identity provider's keys cannot be
	 * fetched is not the caller's fault: 503, so clients retry instead of signing in
	 * again. Any other failure is a bad token: 401.
	 */
	static AuthenticationFailureHandler tokenCheckFailed() {
		AuthenticationEntryPoint unauthorized = unauthorized();
		return (request, response, exception) -> {
			if (exception instanceof AuthenticationServiceException) {
				response.setHeader("Retry-After", "10");
				write(request, response, HttpStatus.SERVICE_UNAVAILABLE,
						"Your token cannot be checked right now: the identity provider is unreachable.", exception);
			}
			else {
				unauthorized.commence(request, response, exception);
			}
		};
	}

	static AccessDeniedHandler forbidden() {
		return (request, response, exception) -> write(request, response, HttpStatus.FORBIDDEN,
				"Your role does not allow this.", exception);
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String detail, RuntimeException cause) throws IOException {
		if (cause instanceof AuthenticationException) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(JSON.writeValueAsBytes(problem));
	}

}
