package org.careflow.appointment.links;

import java.time.Clock;

import org.careflow.platform.links.LinkProperties;
import org.careflow.platform.links.LinkSigner;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Checks links with the key notification-service signs them with. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LinkProperties.class)
class LinkConfiguration {

	@Bean
	LinkSigner linkSigner(LinkProperties properties, Clock clock) {
		return new LinkSigner(properties, clock);
	}

}
