package org.careflow.gateway;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;

/**
 * One rate limit (per user, per address without a token, registrations per address): a
 * {@link TokenBucket} per client, and the 429 problem a client gets once its bucket is
 * empty.
 * <p>
 * The buckets live in a Caffeine cache bounded by size, so memory stays bounded however
 * many addresses or users show up; a bucket idle long enough to be full again is dropped,
 * which changes no answer. Only a flood of more distinct clients than the cache holds
 * makes the limit more lenient (a forgotten client starts with a full bucket), never
 * stricter.
 */
final class RateLimit {

	private static final long NANOS_PER_SECOND = 1_000_000_000L;

	private final String name;

	private final String detail;

	private final TokenBucket bucket;

	private final Cache<String, AtomicLong> clients;

	private final LongSupplier nanoClock;

	/**
	 * @param name what a client sees in the problem's {@code limit} member
	 * @param detail the problem's detail: which limit was hit
	 * @param bucket the rule every client's bucket follows
	 * @param trackedClients how many clients are remembered at most
	 * @param nanoClock the time, e.g. {@code System::nanoTime}
	 */
	RateLimit(String name, String detail, TokenBucket bucket, long trackedClients, LongSupplier nanoClock) {
		this.name = name;
		this.detail = detail;
		this.bucket = bucket;
		this.nanoClock = nanoClock;
		this.clients = Caffeine.newBuilder()
			.maximumSize(trackedClients)
			.expireAfterAccess(bucket.timeToFill())
			.ticker(nanoClock::getAsLong)
			.build();
	}

	/** Lets the request through if the client has a token left, else answers 429. */
	Mono<Void> filter(String client, ServerWebExchange exchange, WebFilterChain chain) {
		long nanosToWait = tryAcquire(client);
		return (nanosToWait == 0) ? chain.filter(exchange) : refuse(exchange, nanosToWait);
	}

	/**
	 * @return 0 when the client may go on (one token spent), else nanoseconds until it
	 * may try again
	 */
	long tryAcquire(String client) {
		long now = this.nanoClock.getAsLong();
		return this.bucket.tryTake(this.clients.get(client, (key) -> this.bucket.fullAt(now)), now);
	}

	long trackedClients() {
		this.clients.cleanUp();
		return this.clients.estimatedSize();
	}

	private Mono<Void> refuse(ServerWebExchange exchange, long nanosToWait) {
		exchange.getResponse()
			.getHeaders()
			.set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds(nanosToWait)));
		Map<String, Object> problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too Many Requests", this.detail,
				exchange.getRequest().getPath().value());
		problem.put("limit", this.name);
		return Problems.write(exchange, problem);
	}

	/**
	 * Retry-After is in whole seconds; rounding down to 0 would invite a retry too soon.
	 */
	static long retryAfterSeconds(long nanosToWait) {
		return Math.max(1, Math.ceilDiv(nanosToWait, NANOS_PER_SECOND));
	}

}
