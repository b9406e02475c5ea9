package org.careflow.testinfra;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Compares what a service answers with what its OpenAPI document describes: every handler
 * mapping (each path pattern with each method) must be one of the document's operations,
 * so an endpoint added without its description fails the service's test. Operations are
 * written {@code "GET /api/appointments/{}"}: variables' names do not matter, only where
 * they stand.
 */
public final class OpenApiCoverage {

	/**
	 * Mapped, but no part of the public document: other services' endpoints (not routed
	 * by the gateway), the error page, the actuator and the document itself.
	 */
	static final List<String> NOT_DOCUMENTED = List.of("/internal/", "/error", "/actuator", "/v3/api-docs");

	/** A mapping without a method condition answers every method; any one documented. */
	static final String ANY_METHOD = "*";

	private static final Pattern VARIABLE = Pattern.compile("\\{[^}]*}");

	private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
			"trace");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private OpenApiCoverage() {
	}

	/**
	 * Fails, naming each one, when the service maps an operation its document leaves out.
	 * @param mappings the service's handler mappings
	 * @param documentJson its {@code /v3/api-docs}
	 */
	public static void assertDocumentsEveryEndpoint(RequestMappingHandlerMapping mappings, String documentJson) {
		assertDocumentsEveryEndpoint(mappings, JSON.readTree(documentJson));
	}

	/**
	 * Fails, naming each one, when the service maps an operation its document leaves out.
	 * @param mappings the service's handler mappings
	 * @param document its {@code /v3/api-docs}, parsed
	 */
	public static void assertDocumentsEveryEndpoint(RequestMappingHandlerMapping mappings, JsonNode document) {
		Set<String> missing = undocumented(mapped(mappings), documented(document));
		if (!missing.isEmpty()) {
			throw new AssertionError("Endpoints the OpenAPI document does not describe: " + missing);
		}
	}

	/**
	 * @param mapped the service's operations ({@link #mapped})
	 * @param documented the document's operations ({@link #documented})
	 * @return the mapped operations the document leaves out
	 */
	public static Set<String> undocumented(Set<String> mapped, Set<String> documented) {
		Set<String> missing = new TreeSet<>();
		for (String operation : mapped) {
			String path = operation.substring(operation.indexOf(' ') + 1);
			boolean described = operation.startsWith(ANY_METHOD + " ")
					? documented.stream().anyMatch((doc) -> doc.endsWith(" " + path)) : documented.contains(operation);
			if (!described) {
				missing.add(operation);
			}
		}
		return missing;
	}

	/**
	 * @param mappings a servlet service's handler mappings
	 * @return every public pattern × method it answers, normalized
	 */
	public static Set<String> mapped(RequestMappingHandlerMapping mappings) {
		Set<String> operations = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (NOT_DOCUMENTED.stream().anyMatch(pattern::startsWith)) {
					continue;
				}
				if (methods.isEmpty()) {
					operations.add(ANY_METHOD + " " + normalize(pattern));
				}
				for (RequestMethod method : methods) {
					operations.add(method.name() + " " + normalize(pattern));
				}
			}
		}
		return operations;
	}

	/**
	 * @param documentJson an OpenAPI 3 document
	 * @return its operations, normalized
	 */
	public static Set<String> documented(String documentJson) {
		return documented(JSON.readTree(documentJson));
	}

	/**
	 * @param document an OpenAPI 3 document, parsed
	 * @return its operations, normalized
	 */
	public static Set<String> documented(JsonNode document) {
		Set<String> operations = new TreeSet<>();
		JsonNode paths = document.path("paths");
		for (String path : paths.propertyNames()) {
			for (String method : paths.get(path).propertyNames()) {
				if (HTTP_METHODS.contains(method)) {
					operations.add(method.toUpperCase() + " " + normalize(path));
				}
			}
		}
		return operations;
	}

	/**
	 * @param path a path template, e.g. {@code /api/appointments/{appointmentId}}
	 * @return it with every variable written {@code {}}, and no query
	 */
	public static String normalize(String path) {
		int query = path.indexOf('?');
		String bare = (query < 0) ? path : path.substring(0, query);
		return VARIABLE.matcher(bare).replaceAll("{}");
	}

}
