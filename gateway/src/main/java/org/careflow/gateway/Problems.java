package org.careflow.gateway;

import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

/**
 * RFC 9457 problem documents for the answers the gateway gives itself (401, 404, 413,
 * 429, 503), shaped like the services' own problems.
 */
final class Problems {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Problems() {
	}

	/**
	 * A problem; {@code instance} may be null when the request path says nothing useful.
	 */
	static Map<String, Object> of(HttpStatusCode status, String title, String detail, String instance) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		if (instance != null) {
			problem.put("instance", instance);
		}
		return problem;
	}

	static Mono<Void> write(ServerWebExchange exchange, Map<String, Object> problem) {
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(HttpStatusCode.valueOf((Integer) problem.get("status")));
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		DataBuffer body = response.bufferFactory().wrap(JSON.writeValueAsBytes(problem));
		return response.writeWith(Mono.just(body));
	}

}
