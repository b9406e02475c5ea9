package org.careflow.gateway;

import java.util.Map;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.HEAD;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

/**
 * Serves the portal (the {@code portal} module's jar, files under {@code portal/} on the
 * classpath): the page at {@code /} and {@code /app/**}, its hashed assets, and
 * {@code /portal-config.json}. These paths are open without a token (the page signs in
 * itself); nothing under {@code /api} is served here.
 */
@Configuration(proxyBeanMethods = false)
class PortalRoutes {

	/** Vite's output names: letters, digits, dots, dashes, underscores; never a path. */
	private static final Pattern ASSET_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}");

	private static final String ROOT = "portal/";

	@Bean
	RouterFunction<ServerResponse> portalRouter(PortalProperties properties) {
		PortalHeaders headers = new PortalHeaders(properties);
		Map<String, String> config = Map.of("keycloakUrl", properties.keycloakUrl(), "realm", properties.realm(),
				"clientId", properties.clientId());
		return route(read("/").or(read("/index.html")).or(read("/app")).or(read("/app/**")), (request) -> page(headers))
			.andRoute(read("/assets/{name}"), (request) -> asset(request, headers))
			.andRoute(read("/portal-config.json"),
					(request) -> ServerResponse.ok()
						.contentType(MediaType.APPLICATION_JSON)
						.headers((h) -> headers.apply(h, PortalHeaders.NO_STORE))
						.bodyValue(config));
	}

	/** GET, and HEAD as link checkers and {@code curl -I} ask (WebFlux sends no body). */
	private static RequestPredicate read(String pattern) {
		return GET(pattern).or(HEAD(pattern));
	}

	private static Mono<ServerResponse> page(PortalHeaders headers) {
		Resource index = new ClassPathResource(ROOT + "index.html");
		if (!index.exists()) {
			return Mono
				.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "The portal is not part of this build"));
		}
		return ServerResponse.ok()
			.contentType(MediaType.TEXT_HTML)
			.headers((h) -> headers.apply(h, PortalHeaders.NO_STORE))
			.body(BodyInserters.fromResource(index));
	}

	/** The gzip copy the build wrote beside each asset, when the browser accepts it. */
	private static Mono<ServerResponse> asset(ServerRequest request, PortalHeaders headers) {
		String name = request.pathVariable("name");
		Resource file = new ClassPathResource(ROOT + "assets/" + name);
		if (!ASSET_NAME.matcher(name).matches() || name.endsWith(".gz") || !file.exists()) {
			return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		Resource gzipped = new ClassPathResource(ROOT + "assets/" + name + ".gz");
		boolean gzip = acceptsGzip(request) && gzipped.exists();
		return ServerResponse.ok()
			.contentType(MediaTypeFactory.getMediaType(name).orElse(MediaType.APPLICATION_OCTET_STREAM))
			.headers((h) -> {
				headers.apply(h, PortalHeaders.IMMUTABLE);
				h.set(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
				if (gzip) {
					h.set(HttpHeaders.CONTENT_ENCODING, "gzip");
				}
			})
			.body(BodyInserters.fromResource(gzip ? gzipped : file));
	}

	private static boolean acceptsGzip(ServerRequest request) {
		return request.headers()
			.header(HttpHeaders.ACCEPT_ENCODING)
			.stream()
			.anyMatch((value) -> value.toLowerCase().contains("gzip"));
	}

}
