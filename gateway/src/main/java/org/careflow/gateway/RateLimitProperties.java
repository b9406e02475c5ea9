package org.careflow.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gateway's rate limits ({@code careflow.rate-limit.*}); {@code enabled=false}
 * switches all of them off. Each limit is a token bucket: {@code burst} requests at once,
 * refilled at the sustained rate.
 *
 * @param userPerSecond sustained requests per second of one signed-in user ({@code sub})
 * @param userBurst requests one user may make at once
 * @param anonymousPerSecond sustained requests per second without a token, per client
 * address
 * @param anonymousBurst requests without a token one address may make at once
 * @param registrationPerHour sustained self-registrations per hour per client address
 * @param registrationBurst self-registrations one address may make at once
 * @param trackedClients how many clients (users or addresses) each limit remembers at
 * most, which bounds its memory whatever the traffic
 */
@ConfigurationProperties("careflow.rate-limit")
record RateLimitProperties(@DefaultValue("50") int userPerSecond, @DefaultValue("100") int userBurst,
		@DefaultValue("20") int anonymousPerSecond, @DefaultValue("40") int anonymousBurst,
		@DefaultValue("10") int registrationPerHour, @DefaultValue("10") int registrationBurst,
		@DefaultValue("20000") int trackedClients) {

	RateLimitProperties {
		requirePositive("user-per-second", userPerSecond);
		requirePositive("user-burst", userBurst);
		requirePositive("anonymous-per-second", anonymousPerSecond);
		requirePositive("anonymous-burst", anonymousBurst);
		requirePositive("registration-per-hour", registrationPerHour);
		requirePositive("registration-burst", registrationBurst);
		requirePositive("tracked-clients", trackedClients);
	}

	private static void requirePositive(String name, int value) {
		if (value < 1) {
			throw new IllegalArgumentException(
					"careflow.rate-limit." + name + " must be at least 1 (to switch limits off, set "
							+ "careflow.rate-limit.enabled=false), but was " + value);
		}
	}

}
