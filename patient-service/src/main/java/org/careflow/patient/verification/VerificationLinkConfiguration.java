package org.careflow.patient.verification;

import java.time.Clock;

import org.careflow.platform.links.LinkProperties;
import org.careflow.platform.links.LinkSigner;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Checks links with the key notification-service signs them with; without a key
 * ({@code LINK_SIGNING_KEY}) the service refuses to start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LinkProperties.class)
class VerificationLinkConfiguration {

	@Bean
	LinkSigner linkSigner(LinkProperties properties, Clock clock) {
		return new LinkSigner(properties, clock);
	}

}
