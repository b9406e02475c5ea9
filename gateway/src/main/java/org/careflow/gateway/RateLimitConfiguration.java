package org.careflow.gateway;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Rate limits, on unless {@code careflow.rate-limit.enabled=false}. Spring Cloud
 * Gateway's own RequestRateLimiter needs Redis, which CareFlow does not run; these limits
 * are kept in each gateway's memory, so with N gateway replicas a client may get up to N
 * times the limit.
 * <p>
 * Two filters: {@link ClientAddressRateLimitFilter} (before the token check, per address)
 * is a web filter bean; {@link UserRateLimitFilter} (after it, per user) is placed inside
 * Spring Security's chain by {@link SecurityConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "careflow.rate-limit.enabled", matchIfMissing = true)
class RateLimitConfiguration {

	@Bean
	RateLimits rateLimits(RateLimitProperties properties) {
		return RateLimits.of(properties, System::nanoTime);
	}

	@Bean
	ClientAddressRateLimitFilter clientAddressRateLimitFilter(RateLimits limits) {
		return new ClientAddressRateLimitFilter(limits.anonymous(), limits.registration());
	}

}
