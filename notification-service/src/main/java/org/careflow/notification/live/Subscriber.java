package org.careflow.notification.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import static org.springframework.web.servlet.mvc.method.annotation.SseEmitter.event;

/**
 * One open stream: its audience, its bounded queue (filled by the feed thread, which
 * never waits on a client) and the one sender that writes to the client. A client too
 * slow to take what its queue holds is told to reload and its stream ends: the feed does
 * not slow down for it, and what it missed is at hand on its next connection.
 */
final class Subscriber {

	private static final Logger log = LoggerFactory.getLogger(Subscriber.class);

	static final String READY = "ready";

	static final String RELOAD = "reload";

	private static final MediaType UTF8_TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

	private final long id;

	private final String userId;

	private final LiveAudience audience;

	private final SseEmitter emitter;

	private final BlockingQueue<Outbound> queue;

	private final AtomicBoolean closed = new AtomicBoolean();

	/** Why the stream ends, once it is closed: a reload reason, or null for none. */
	private volatile String closingReason;

	Subscriber(long id, String userId, LiveAudience audience, SseEmitter emitter, int queueCapacity) {
		this.id = id;
		this.userId = userId;
		this.audience = audience;
		this.emitter = emitter;
		this.queue = new ArrayBlockingQueue<>(queueCapacity);
	}

	long id() {
		return this.id;
	}

	String userId() {
		return this.userId;
	}

	LiveAudience audience() {
		return this.audience;
	}

	boolean isClosed() {
		return this.closed.get();
	}

	/** From the feed thread: never blocks. */
	void offer(Outbound.Event event) {
		if (!this.closed.get() && this.audience.sees(event.event()) && !this.queue.offer(event)) {
			log.info("Live stream {} of user {} fell {} events behind: told to reload", this.id, this.userId,
					this.queue.size());
			close("too-slow");
		}
	}

	/** Dropped when the queue is full: events are waiting anyway. */
	void offerHeartbeat() {
		if (!this.closed.get()) {
			this.queue.offer(Outbound.HEARTBEAT);
		}
	}

	/**
	 * Ends the stream once the sender is free: with a {@code reload} event naming
	 * {@code reloadReason}, or quietly when that is null. Whatever was still queued is
	 * dropped; the client's last id says where to resume.
	 */
	void close(String reloadReason) {
		if (this.closed.compareAndSet(false, true)) {
			this.closingReason = reloadReason;
			this.queue.clear();
			this.queue.offer(Outbound.WAKE_UP);
		}
	}

	/**
	 * The sender's work, on its own (virtual) thread: the opening (catch-up, then
	 * {@code ready}), then the queue until the stream closes or the client is gone.
	 */
	void run(Opening opening, Runnable whenDone) {
		try {
			StreamPosition floor = opening.open(this);
			sendQueued(floor);
		}
		catch (IOException ex) {
			log.debug("Live stream {} of user {} ended: {}", this.id, this.userId, ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.emitter.complete();
		}
		catch (RuntimeException ex) {
			log.warn("Live stream {} of user {} failed", this.id, this.userId, ex);
			this.emitter.complete();
		}
		finally {
			this.closed.set(true);
			this.queue.clear();
			whenDone.run();
		}
	}

	/**
	 * Sends what the feed queued, from {@code floor} on: an event this client already has
	 * (its last id was ahead of this replica) is skipped, and each id is at least
	 * {@code floor}, so ids never go back.
	 */
	private void sendQueued(StreamPosition floor) throws IOException, InterruptedException {
		while (true) {
			Outbound next = this.queue.take();
			if (this.closed.get()) {
				if (this.closingReason != null) {
					sendReload(this.closingReason);
				}
				this.emitter.complete();
				return;
			}
			switch (next) {
				case Outbound.Event queued when queued.offset() >= floor.offsetOf(queued.partition()) ->
					sendEvent(queued.event(), queued.after().atLeast(floor));
				case Outbound.Heartbeat heartbeat -> write(event().comment(" heartbeat"));
				default -> {
				}
			}
		}
	}

	void sendEvent(LiveEvent event, StreamPosition after) throws IOException {
		write(event().id(after.encode()).name(event.type()).data(event.toJson(), UTF8_TEXT));
	}

	/** Caught up: from here on, live. Its id is where a reconnect resumes. */
	void sendReady(StreamPosition position) throws IOException {
		write(event().id(position.encode()).name(READY).data("{}", UTF8_TEXT));
	}

	/**
	 * Tells the client its view may lack events: it should load again what it shows.
	 * Without an id, so the client keeps its last one.
	 */
	void sendReload(String reason) throws IOException {
		write(event().name(RELOAD).data("{\"reason\":\"" + reason + "\"}", UTF8_TEXT));
	}

	private void write(SseEmitter.SseEventBuilder message) throws IOException {
		try {
			this.emitter.send(message);
		}
		catch (IllegalStateException ex) {
			// completed meanwhile: the client left, or the stream reached its end of life
			throw new IOException("stream already completed", ex);
		}
	}

	/**
	 * How a stream starts, before the queue: what to send first, and from which position
	 * queued events count.
	 */
	@FunctionalInterface
	interface Opening {

		StreamPosition open(Subscriber subscriber) throws IOException;

	}

}
