package org.careflow.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits every servlet service applies to its input.
 *
 * @param maxRequestBody the largest request body accepted (413 above it)
 */
@ConfigurationProperties("careflow.web")
public record WebLimitsProperties(@DefaultValue("64KB") DataSize maxRequestBody) {
}
