package org.careflow.patient.export;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The other services a patient's export asks.
 *
 * @param sources base URL of each other service holding patient data, by service name
 * @param connectTimeout how long to wait for a connection to a source
 * @param readTimeout how long to wait for a source's answer
 */
@ConfigurationProperties("careflow.export")
record ExportProperties(Map<String, URI> sources, @DefaultValue("500ms") Duration connectTimeout,
		@DefaultValue("3s") Duration readTimeout) {

	ExportProperties {
		sources = (sources != null) ? Map.copyOf(sources) : Map.of();
	}

}
