package org.careflow.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the gateway's own ({@code careflow.gateway.*}).
 *
 * @param maxRequestBody the largest request body passed on to a service
 * @param maxInFlight the most routed requests served at once; more get 503 at once
 */
@ConfigurationProperties("careflow.gateway")
record GatewayProperties(@DefaultValue("1MB") DataSize maxRequestBody, @DefaultValue("64") int maxInFlight) {

	GatewayProperties {
		if (maxInFlight < 1) {
			throw new IllegalArgumentException("careflow.gateway.max-in-flight must be at least 1");
		}
	}

}
