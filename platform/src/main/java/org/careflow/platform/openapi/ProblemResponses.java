package org.careflow.platform.openapi;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * The RFC 9457 problems an operation can answer, by what the operation is: every service
 * maps its exceptions to the same statuses (one {@code @RestControllerAdvice} each).
 */
final class ProblemResponses {

	static final String SCHEMA = "ProblemDetail";

	static final String MEDIA_TYPE = "application/problem+json";

	private static final Map<String, String> MEANINGS = Map.of("400", "The request is malformed or a field is invalid",
			"401", "No valid bearer token", "403", "The caller's role or relation does not allow this", "404",
			"No such resource (or not visible to the caller)", "409",
			"Conflicts with the resource's current state (taken, changed meanwhile, duplicate)", "422",
			"Well-formed but breaks a rule of the domain", "503",
			"A service this one depends on is down; try again after Retry-After");

	private ProblemResponses() {
	}

	static Schema<?> schema() {
		return new ObjectSchema().description("RFC 9457 problem details; extra members (such as field) may follow")
			.addProperty("type", new StringSchema().format("uri"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema().format("uri"))
			.additionalProperties(Boolean.TRUE);
	}

	/**
	 * @param method the operation's method
	 * @param path the operation's path template
	 * @param isPublic whether it is reachable without a token
	 * @return the statuses it can answer with a problem, each with its response
	 */
	static Map<String, ApiResponse> forOperation(HttpMethod method, String path, boolean isPublic) {
		Map<String, ApiResponse> responses = new LinkedHashMap<>();
		boolean writes = method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
		if (writes || path.contains("{")) {
			add(responses, "400");
		}
		if (!isPublic) {
			add(responses, "401");
			add(responses, "403");
		}
		if (path.contains("{")) {
			add(responses, "404");
		}
		if (writes || method == HttpMethod.DELETE) {
			add(responses, "409");
		}
		if (writes) {
			add(responses, "422");
		}
		add(responses, "503");
		return responses;
	}

	private static void add(Map<String, ApiResponse> responses, String status) {
		Schema<?> ref = new Schema<>().$ref("#/components/schemas/" + SCHEMA);
		responses.put(status, new ApiResponse().description(MEANINGS.get(status))
			.content(new Content().addMediaType(MEDIA_TYPE, new MediaType().schema(ref))));
	}

}
