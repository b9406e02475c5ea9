package org.careflow.notification.live;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.careflow.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Opens streams: registers each with the feed, and gives it a sender (a virtual thread)
 * that first catches it up, if it resumes, then sends what the feed queues for it. Sends
 * every stream a heartbeat, and ends them all on shutdown, before the web server waits
 * for open requests, so clients reconnect to another replica at once.
 */
final class LiveStreams implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);

	private final LiveFeed feed;

	private final Subscribers subscribers;

	private final MissedEvents missedEvents;

	private final LiveProperties properties;

	/** A catch-up reads Kafka for a while: only so many at once. */
	private final Semaphore catchUps;

	private final AtomicLong streamIds = new AtomicLong();

	private final ExecutorService senders = Executors
		.newThreadPerTaskExecutor(Thread.ofVirtual().name("live-stream-", 1).factory());

	private final ScheduledExecutorService heartbeats = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("live-heartbeat").daemon().factory());

	private volatile boolean running;

	LiveStreams(LiveFeed feed, Subscribers subscribers, MissedEvents missedEvents, LiveProperties properties) {
		this.feed = feed;
		this.subscribers = subscribers;
		this.missedEvents = missedEvents;
		this.properties = properties;
		this.catchUps = new Semaphore(properties.maxConcurrentReplays());
	}

	/**
	 * A stream of the events {@code caller} may see, from now, or from
	 * {@code lastEventId} if it is given (a blank one is none).
	 * @throws AccessDeniedException if the caller's roles see no events
	 * @throws LiveStreamRefusedException if the bounds are reached or the feed is not
	 * ready
	 */
	SseEmitter open(Caller caller, String lastEventId) {
		LiveAudience audience = LiveAudience.of(caller)
			.orElseThrow(() -> new AccessDeniedException("No live stream for this role"));
		if (!this.running) {
			throw new LiveStreamRefusedException(LiveStreamRefusedException.Reason.UNAVAILABLE);
		}
		Optional<StreamPosition> resumeFrom = StreamPosition.parse(lastEventId);
		boolean catchingUp = resumeFrom.isPresent();
		if (catchingUp && !this.catchUps.tryAcquire()) {
			throw new LiveStreamRefusedException(LiveStreamRefusedException.Reason.REPLAYS_BUSY);
		}
		SseEmitter emitter = new SseEmitter(this.properties.maxStream().toMillis());
		Subscriber subscriber = new Subscriber(this.streamIds.incrementAndGet(), caller.id(), audience, emitter,
				this.properties.queueCapacity());
		StreamPosition now;
		try {
			now = this.feed.subscribe(subscriber);
		}
		catch (RuntimeException ex) {
			if (catchingUp) {
				this.catchUps.release();
			}
			throw ex;
		}
		// the end of its life (the client reconnects), the client gone, an error: the
		// sender stops; on a timeout the request must be completed right here
		emitter.onTimeout(() -> {
			subscriber.close(null);
			emitter.complete();
		});
		emitter.onCompletion(() -> subscriber.close(null));
		emitter.onError((failure) -> subscriber.close(null));
		Subscriber.Opening opening;
		if (catchingUp) {
			opening = (stream) -> catchUp(stream, resumeFrom.get(), now);
		}
		else if (lastEventId != null && !lastEventId.isBlank()) {
			opening = (stream) -> unknownPosition(stream, now);
		}
		else {
			opening = (stream) -> fresh(stream, now);
		}
		log.debug("Live stream {} opened for user {} at {} (resuming from {})", subscriber.id(), caller.id(), now,
				resumeFrom.map(StreamPosition::encode).orElse("-"));
		try {
			this.senders.execute(() -> subscriber.run(opening, () -> this.subscribers.remove(subscriber)));
		}
		catch (RejectedExecutionException ex) {
			// shutting down
			this.subscribers.remove(subscriber);
			if (catchingUp) {
				this.catchUps.release();
			}
			throw new LiveStreamRefusedException(LiveStreamRefusedException.Reason.UNAVAILABLE);
		}
		return emitter;
	}

	private static StreamPosition fresh(Subscriber stream, StreamPosition now) throws IOException {
		stream.sendReady(now);
		return now;
	}

	private static StreamPosition unknownPosition(Subscriber stream, StreamPosition now) throws IOException {
		stream.sendReload(MissedEvents.Outcome.UNKNOWN_POSITION.reloadReason());
		stream.sendReady(now);
		return now;
	}

	private StreamPosition catchUp(Subscriber stream, StreamPosition from, StreamPosition now) throws IOException {
		MissedEvents.Outcome outcome;
		try {
			outcome = this.missedEvents.replay(from, now, stream.audience(), stream::sendEvent);
		}
		finally {
			this.catchUps.release();
		}
		if (outcome == MissedEvents.Outcome.CAUGHT_UP) {
			StreamPosition floor = now.atLeast(from);
			stream.sendReady(floor);
			return floor;
		}
		log.info("Live stream {} of user {} resuming from {}: told to reload ({})", stream.id(), stream.userId(), from,
				outcome.reloadReason());
		stream.sendReload(outcome.reloadReason());
		stream.sendReady(now);
		return now;
	}

	@Override
	public void start() {
		long every = this.properties.heartbeat().toMillis();
		this.heartbeats.scheduleWithFixedDelay(this.subscribers::heartbeat, every, every, TimeUnit.MILLISECONDS);
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		this.heartbeats.shutdownNow();
		this.subscribers.closeAll();
		this.senders.shutdown();
		try {
			if (!this.senders.awaitTermination(Duration.ofSeconds(5).toMillis(), TimeUnit.MILLISECONDS)) {
				this.senders.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
