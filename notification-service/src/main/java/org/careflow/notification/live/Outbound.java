package org.careflow.notification.live;

/**
 * What waits in a subscriber's queue for its sender: an event from the feed, or a
 * heartbeat. Only the sender writes to the client, so what one stream sends stays in
 * order and a slow client holds up nobody else.
 */
sealed interface Outbound {

	/** A heartbeat: a comment line that keeps proxies from closing an idle stream. */
	Outbound HEARTBEAT = new Heartbeat();

	/** Nothing to send: wakes the sender, e.g. to see that its stream was closed. */
	Outbound WAKE_UP = new WakeUp();

	/**
	 * An event the feed read at {@code offset} of {@code partition}; {@code after} is the
	 * feed's position once it was read.
	 */
	record Event(LiveEvent event, int partition, long offset, StreamPosition after) implements Outbound {
	}

	/** A comment line. */
	record Heartbeat() implements Outbound {
	}

	/** A wake-up call. */
	record WakeUp() implements Outbound {
	}

}
