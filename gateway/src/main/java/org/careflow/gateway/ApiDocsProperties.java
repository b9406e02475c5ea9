package org.careflow.gateway;

import java.net.URI;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whose OpenAPI document {@code /docs/{service}/openapi.json} serves
 * ({@code careflow.docs.*}): the short name in the path and the service's base URL, the
 * same the routes use.
 *
 * @param services short name ({@code appointment}) to base URL
 */
@ConfigurationProperties("careflow.docs")
record ApiDocsProperties(Map<String, URI> services) {

	ApiDocsProperties {
		services = (services != null) ? Map.copyOf(services) : Map.of();
	}

}
