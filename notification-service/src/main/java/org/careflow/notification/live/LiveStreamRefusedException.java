package org.careflow.notification.live;

import java.time.Duration;

import org.springframework.http.HttpStatus;

/**
 * A stream this replica does not open now, and when to ask again: the caller has as many
 * as allowed (429), the replica does (503), catch-ups are busy (503), or the replica is
 * not ready (its feed has not reached Kafka yet) or shutting down (503).
 */
public class LiveStreamRefusedException extends RuntimeException {

	private final Reason reason;

	LiveStreamRefusedException(Reason reason) {
		super(reason.detail);
		this.reason = reason;
	}

	public HttpStatus status() {
		return this.reason.status;
	}

	public String title() {
		return this.reason.title;
	}

	public Duration retryAfter() {
		return this.reason.retryAfter;
	}

	/** Why, with the answer's status, title, detail and Retry-After. */
	enum Reason {

		TOO_MANY_OF_YOURS(HttpStatus.TOO_MANY_REQUESTS, "Too many streams",
				"You have as many live streams open as allowed; close one (another tab, say) first.",
				Duration.ofSeconds(30)),

		REPLICA_FULL(HttpStatus.SERVICE_UNAVAILABLE, "Too many streams",
				"This server holds as many live streams as it can; please try again shortly.", Duration.ofSeconds(10)),

		REPLAYS_BUSY(HttpStatus.SERVICE_UNAVAILABLE, "Catch-up busy",
				"Too many reconnecting clients are being caught up right now; please try again shortly.",
				Duration.ofSeconds(5)),

		UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Live updates unavailable",
				"Live updates are not available on this server right now; please try again shortly.",
				Duration.ofSeconds(5));

		private final HttpStatus status;

		private final String title;

		private final String detail;

		private final Duration retryAfter;

		Reason(HttpStatus status, String title, String detail, Duration retryAfter) {
			this.status = status;
			this.title = title;
			this.detail = detail;
			this.retryAfter = retryAfter;
		}

	}

}
