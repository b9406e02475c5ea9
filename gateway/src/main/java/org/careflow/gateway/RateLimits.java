package org.careflow.gateway;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The gateway's three rate limits, built from their configuration.
 *
 * @param user per signed-in user, counted once the token is valid
 * @param anonymous per client address, for requests without a bearer token
 * @param registration per client address, for self-registration (it creates accounts)
 */
record RateLimits(RateLimit user, RateLimit anonymous, RateLimit registration) {

	static RateLimits of(RateLimitProperties limits, LongSupplier nanoClock) {
		int tracked = limits.trackedClients();
		return new RateLimits(
				new RateLimit("user",
						"Too many requests for your account: the gateway lets each user make " + limits.userPerSecond()
								+ " requests per second, in bursts of up to " + limits.userBurst() + ".",
						TokenBucket.of(limits.userBurst(), limits.userPerSecond(), Duration.ofSeconds(1)), tracked,
						nanoClock),
				new RateLimit("anonymous",
						"Too many requests without a token from your network address: the gateway allows "
								+ limits.anonymousPerSecond() + " per second per address, in bursts of up to "
								+ limits.anonymousBurst() + ".",
						TokenBucket.of(limits.anonymousBurst(), limits.anonymousPerSecond(), Duration.ofSeconds(1)),
						tracked, nanoClock),
				new RateLimit("registration",
						"Too many registrations from your network address: the gateway allows "
								+ limits.registrationPerHour() + " per hour per address, in bursts of up to "
								+ limits.registrationBurst() + ".",
						TokenBucket.of(limits.registrationBurst(), limits.registrationPerHour(), Duration.ofHours(1)),
						tracked, nanoClock));
	}

}
