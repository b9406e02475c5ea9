package org.careflow.notification.live;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.careflow.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * This replica's one reader of {@code careflow.appointments}, for every stream it serves:
 * all partitions, from their end when the first stream opens, on one daemon thread. A
 * replica whose streams nobody opened reads nothing: most of a clinic's replicas, most of
 * the time, and every booking passes through this topic. For each record it moves the
 * replica's position on and offers the appointment event to the streams that see it; it
 * never writes to a client, so a slow one cannot hold it up.
 * <p>
 * A stream registers under the same lock the feed holds for each record, and is handed
 * the position at that moment: every event after it reaches the stream's queue, none
 * before, so a catch-up up to that position and the queued events meet without a gap or
 * an overlap.
 */
final class LiveFeed implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);

	private static final Duration POLL = Duration.ofMillis(500);

	private static final Duration BROKER_PATIENCE = Duration.ofSeconds(10);

	private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(2);

	/** How long the first stream waits for the reader to find the topic's end. */
	private static final Duration FIRST_POSITION_PATIENCE = Duration.ofSeconds(5);

	/**
	 * Ids of more partitions may not fit {@link StreamPosition#MAX_LENGTH}: warned about
	 * at start.
	 */
	static final int PARTITIONS_THAT_FIT = 8;

	private final LiveConsumers consumers;

	private final Subscribers subscribers;

	private final ReentrantLock lock = new ReentrantLock();

	/** Signalled, under {@link #lock}, when the reader has a position. */
	private final Condition placed = this.lock.newCondition();

	/** Guarded by {@link #lock}; null until the feed knows the topic's partitions. */
	private StreamPosition position;

	private volatile boolean running;

	private volatile KafkaConsumer<String, String> consumer;

	/** Guarded by {@link #lock}; started by the first stream. */
	private Thread thread;

	LiveFeed(LiveConsumers consumers, Subscribers subscribers) {
		this.consumers = consumers;
		this.subscribers = subscribers;
	}

	/**
	 * Registers a stream for every event from now on.
	 * @return the position it starts at: what it missed lies before, what it is sent lies
	 * after
	 * @throws LiveStreamRefusedException if the feed has no position yet (Kafka not
	 * reached within {@link #FIRST_POSITION_PATIENCE} of the first stream) or the stream
	 * is one too many
	 */
	StreamPosition subscribe(Subscriber subscriber) {
		this.lock.lock();
		try {
			if (this.position == null) {
				awaitFirstPosition();
			}
			this.subscribers.add(subscriber);
			return this.position;
		}
		finally {
			this.lock.unlock();
		}
	}

	Optional<StreamPosition> position() {
		this.lock.lock();
		try {
			return Optional.ofNullable(this.position);
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Starts the reader if it is not running yet, and waits a little for its position.
	 */
	private void awaitFirstPosition() {
		if (this.thread == null && this.running) {
			this.thread = Thread.ofPlatform().name("live-feed").daemon().start(this::follow);
		}
		long nanos = FIRST_POSITION_PATIENCE.toNanos();
		try {
			while (this.position == null && nanos > 0) {
				nanos = this.placed.awaitNanos(nanos);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (this.position == null) {
			throw new LiveStreamRefusedException(LiveStreamRefusedException.Reason.UNAVAILABLE);
		}
	}

	/** Ready to read; the reader itself starts with the first stream. */
	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		KafkaConsumer<String, String> current = this.consumer;
		if (current != null) {
			current.wakeup();
		}
		Thread reader;
		this.lock.lock();
		try {
			reader = this.thread;
		}
		finally {
			this.lock.unlock();
		}
		if (reader == null) {
			return;
		}
		try {
			reader.join(BROKER_PATIENCE.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Follows the topic until stopped; a broken consumer is replaced by a new one. */
	private void follow() {
		while (this.running) {
			try (KafkaConsumer<String, String> reader = this.consumers.create("feed", "latest")) {
				this.consumer = reader;
				if (this.running) {
					placeAndRead(reader);
				}
			}
			catch (WakeupException ex) {
				// stop() woke the consumer up
			}
			catch (KafkaException ex) {
				log.warn("Live feed lost Kafka, starting over in {}: {}", PAUSE_AFTER_FAILURE, ex.toString());
				pause();
			}
			catch (RuntimeException ex) {
				log.error("Live feed failed, starting over in {}", PAUSE_AFTER_FAILURE, ex);
				pause();
			}
			finally {
				this.consumer = null;
			}
		}
	}

	private void placeAndRead(KafkaConsumer<String, String> reader) {
		List<TopicPartition> partitions = awaitPartitions(reader);
		if (partitions.isEmpty()) {
			return;
		}
		reader.assign(partitions);
		StreamPosition resumeAt = position().orElse(null);
		if (resumeAt == null || !resumeAt.partitions().equals(partitionNumbers(partitions))) {
			// first start (streams begin now), or the topic has other partitions since:
			// the open streams' ids no longer fit, so they end and their clients
			// reconnect
			reader.seekToEnd(partitions);
			Map<Integer, Long> ends = new HashMap<>();
			for (TopicPartition partition : partitions) {
				ends.put(partition.partition(), reader.position(partition, BROKER_PATIENCE));
			}
			startOver(StreamPosition.of(ends));
			log.info("Live feed follows {} from {}", Topics.APPOINTMENTS, position().orElseThrow());
		}
		else {
			// a new consumer after a failure: on from where the old one stopped, so no
			// open stream misses an event
			for (TopicPartition partition : partitions) {
				reader.seek(partition, resumeAt.offsetOf(partition.partition()));
			}
		}
		while (this.running) {
			for (ConsumerRecord<String, String> record : reader.poll(POLL)) {
				take(record);
			}
		}
	}

	/**
	 * Parses outside the lock; moves the position and dispatches under it. With no stream
	 * open (the usual case while a clinic's apps are closed) the record is not parsed at
	 * all: every booking passes here.
	 */
	private void take(ConsumerRecord<String, String> record) {
		Optional<LiveEvent> event = (this.subscribers.count() > 0) ? LiveEvent.read(record.value()) : null;
		this.lock.lock();
		try {
			if (event == null && this.subscribers.count() > 0) {
				// a stream opened meanwhile (streams register under this lock)
				event = LiveEvent.read(record.value());
			}
			this.position = this.position.after(record.partition(), record.offset());
			if (event != null && event.isPresent()) {
				this.subscribers
					.dispatch(new Outbound.Event(event.get(), record.partition(), record.offset(), this.position));
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	private List<TopicPartition> awaitPartitions(KafkaConsumer<String, String> reader) {
		while (this.running) {
			List<PartitionInfo> found = reader.partitionsFor(Topics.APPOINTMENTS, BROKER_PATIENCE);
			if (!found.isEmpty()) {
				if (found.size() > PARTITIONS_THAT_FIT) {
					log.warn(
							"{} has {} partitions: live stream ids may grow past {} characters, and resuming "
									+ "with them answer reload",
							Topics.APPOINTMENTS, found.size(), StreamPosition.MAX_LENGTH);
				}
				return found.stream()
					.map((info) -> new TopicPartition(Topics.APPOINTMENTS, info.partition()))
					.sorted(Comparator.comparingInt(TopicPartition::partition))
					.toList();
			}
			log.info("Live feed waits for topic {} to exist", Topics.APPOINTMENTS);
			pause();
		}
		return List.of();
	}

	private static Set<Integer> partitionNumbers(List<TopicPartition> partitions) {
		return partitions.stream().map(TopicPartition::partition).collect(Collectors.toSet());
	}

	private void startOver(StreamPosition start) {
		this.lock.lock();
		try {
			this.subscribers.closeAll();
			this.position = start;
			this.placed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	private void pause() {
		try {
			Thread.sleep(PAUSE_AFTER_FAILURE);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

}
