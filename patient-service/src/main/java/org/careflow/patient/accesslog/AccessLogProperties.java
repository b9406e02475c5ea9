package org.careflow.patient.accesslog;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the other audit trails are.
 *
 * @param sources base URL of each other service holding patient data, by service name
 * @param connectTimeout how long to wait for a connection to a source
 * @param readTimeout how long to wait for a source's answer
 */
@ConfigurationProperties("careflow.access-log")
record AccessLogProperties(Map<String, URI> sources, @DefaultValue("1s") Duration connectTimeout,
		@DefaultValue("2s") Duration readTimeout) {

	AccessLogProperties {
		sources = (sources != null) ? Map.copyOf(sources) : Map.of();
	}

}
