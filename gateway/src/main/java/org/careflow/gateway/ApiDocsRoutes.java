package org.careflow.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.HEAD;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

/**
 * {@code GET /docs/{service}/openapi.json}: the service's own document
 * ({@code /v3/api-docs}, public there too), with its servers replaced by the gateway, so
 * the Swagger UI's "Try it out" goes through the gateway as every client must. The
 * services' {@code /v3/api-docs} is reached only this way; no route forwards it.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsRoutes {

	static final String DOCUMENT = "/docs/{service}/openapi.json";

	/** springdoc's page ({@code springdoc.swagger-ui.path}), which opens the UI. */
	static final URI SWAGGER_UI = URI.create("/docs/swagger-ui.html");

	/** A document is a few hundred kilobytes; WebClient's default buffer is 256 KB. */
	private static final int MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Swagger UI's own policy on /docs paths; the portal keeps its strict one. */
	@Bean
	DocsHeaders docsHeaders(PortalProperties portal) {
		return new DocsHeaders(portal.keycloakOrigin());
	}

	@Bean
	RouterFunction<ServerResponse> apiDocsRouter(ApiDocsProperties properties) {
		WebClient http = WebClient.builder()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(MAX_DOCUMENT_BYTES))
			.build();
		return route(GET(DOCUMENT).or(HEAD(DOCUMENT)), (request) -> document(request, properties.services(), http))
			// springdoc maps its page beside its files, not at /docs itself
			.andRoute(GET(DocsHeaders.DOCS).or(HEAD(DocsHeaders.DOCS)),
					(request) -> ServerResponse.status(HttpStatus.FOUND).location(SWAGGER_UI).build());
	}

	private static Mono<ServerResponse> document(ServerRequest request, Map<String, URI> services, WebClient http) {
		URI service = services.get(request.pathVariable("service"));
		if (service == null) {
			return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		return http.get()
			.uri(UriComponentsBuilder.fromUri(service).path("/v3/api-docs").build().toUri())
			.retrieve()
			.bodyToMono(String.class)
			.timeout(TIMEOUT)
			.onErrorMap((ex) -> new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
					"The service's OpenAPI document cannot be read right now; please try again shortly.", ex))
			.map((json) -> throughGateway(json, request))
			.flatMap((json) -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(json));
	}

	/** The document with one server: this gateway, as the caller reached it. */
	static String throughGateway(String json, ServerRequest request) {
		ObjectNode document = (ObjectNode) JSON.readTree(json);
		String gateway = UriComponentsBuilder.fromUri(request.uri()).replacePath(null).replaceQuery(null).toUriString();
		document.set("servers", JSON.valueToTree(List.of(Map.of("url", gateway, "description", "CareFlow gateway"))));
		return JSON.writeValueAsString(document);
	}

}
