package org.careflow.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the gateway's own ({@code careflow.gateway.*}).
 *
 * @param maxRequestBody the largest request body passed on to a service
 */
@ConfigurationProperties("careflow.gateway")
record GatewayProperties(@DefaultValue("1MB") DataSize maxRequestBody) {
}
