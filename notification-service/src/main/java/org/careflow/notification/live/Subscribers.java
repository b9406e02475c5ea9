package org.careflow.notification.live;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The streams open on this replica, within their bounds: {@code LIVE_MAX_STREAMS} in all,
 * {@code LIVE_MAX_STREAMS_PER_USER} per user.
 */
final class Subscribers {

	private final Set<Subscriber> open = ConcurrentHashMap.newKeySet();

	/** Guarded by {@code this}, as is adding and removing. */
	private final Map<String, Integer> perUser = new HashMap<>();

	private final int maxStreams;

	private final int maxStreamsPerUser;

	Subscribers(int maxStreams, int maxStreamsPerUser) {
		this.maxStreams = maxStreams;
		this.maxStreamsPerUser = maxStreamsPerUser;
	}

	/**
	 * @throws LiveStreamRefusedException when this replica or this user has as many
	 * streams as allowed
	 */
	synchronized void add(Subscriber subscriber) {
		int ofUser = this.perUser.getOrDefault(subscriber.userId(), 0);
		if (ofUser >= this.maxStreamsPerUser) {
			throw new LiveStreamRefusedException(LiveStreamRefusedException.Reason.TOO_MANY_OF_YOURS);
		}
		if (this.open.size() >= this.maxStreams) {
			throw new LiveStreamRefusedException(LiveStreamRefusedException.Reason.REPLICA_FULL);
		}
		this.open.add(subscriber);
		this.perUser.put(subscriber.userId(), ofUser + 1);
	}

	synchronized void remove(Subscriber subscriber) {
		if (this.open.remove(subscriber)) {
			this.perUser.computeIfPresent(subscriber.userId(), (user, count) -> (count > 1) ? count - 1 : null);
		}
	}

	/** From the feed thread: offers the event to every stream whose audience sees it. */
	void dispatch(Outbound.Event event) {
		for (Subscriber subscriber : this.open) {
			subscriber.offer(event);
		}
	}

	void heartbeat() {
		this.open.forEach(Subscriber::offerHeartbeat);
	}

	/** Ends every stream (shutdown): clients reconnect, to another replica. */
	void closeAll() {
		this.open.forEach((subscriber) -> subscriber.close(null));
	}

	int count() {
		return this.open.size();
	}

}
