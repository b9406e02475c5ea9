package org.careflow.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 as RFC 9457 problem documents, like every other error of the API. */
final class ProblemResponses {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemResponses() {
	}

	static AuthenticationEntryPoint unauthorized() {
		return (request, response, exception) -> write(response, HttpStatus.UNAUTHORIZED,
				"A valid bearer token is required.", exception);
	}

	static AccessDeniedHandler forbidden() {
		return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN, "Your role does not allow this.",
				exception);
	}

	private static void write(HttpServletResponse response, HttpStatus status, String detail, RuntimeException cause)
			throws IOException {
		if (cause instanceof AuthenticationException) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		else if (cause instanceof AccessDeniedException) {
			// message of AccessDeniedException is generic ("Access Denied"); keep ours
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(JSON.writeValueAsBytes(problem));
	}

}
