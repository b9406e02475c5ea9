package org.careflow.notification.live;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.InvalidOffsetException;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.careflow.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches a reconnecting client up: reads, with a short-lived consumer of its own, what
 * {@code careflow.appointments} holds between the client's last position and the position
 * its new stream was registered at, and sends the events its audience sees, in order. The
 * feed thread is never involved.
 * <p>
 * A client is told to reload instead when its position is not one of this topic's (other
 * partitions, offsets past the end: another cluster, or garbage), when the first record
 * it missed is older than {@code LIVE_RESUME_WINDOW} or no longer in the log, or when
 * more than {@code LIVE_MAX_REPLAY} records lie between.
 */
final class MissedEvents {

	private static final Logger log = LoggerFactory.getLogger(MissedEvents.class);

	private static final Duration POLL = Duration.ofMillis(200);

	private static final Duration BROKER_PATIENCE = Duration.ofSeconds(10);

	/** A catch-up that takes longer is given up: the client reloads. */
	private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(30);

	private final LiveConsumers consumers;

	private final Clock clock;

	private final Duration resumeWindow;

	private final int maxReplay;

	MissedEvents(LiveConsumers consumers, Clock clock, Duration resumeWindow, int maxReplay) {
		this.consumers = consumers;
		this.clock = clock;
		this.resumeWindow = resumeWindow;
		this.maxReplay = maxReplay;
	}

	/**
	 * Sends {@code audience}'s events between {@code from} and {@code upTo} to
	 * {@code sink}, each with the position after it.
	 * @return whether the client is caught up, or why it should reload
	 * @throws IOException if the client is gone
	 */
	Outcome replay(StreamPosition from, StreamPosition upTo, LiveAudience audience, Sink sink) throws IOException {
		if (!from.partitions().equals(upTo.partitions())) {
			return Outcome.UNKNOWN_POSITION;
		}
		List<TopicPartition> behind = new ArrayList<>();
		List<TopicPartition> ahead = new ArrayList<>();
		for (int partition : upTo.partitions()) {
			long client = from.offsetOf(partition);
			long feed = upTo.offsetOf(partition);
			if (client < feed) {
				behind.add(new TopicPartition(Topics.APPOINTMENTS, partition));
			}
			else if (client > feed) {
				ahead.add(new TopicPartition(Topics.APPOINTMENTS, partition));
			}
		}
		if (behind.isEmpty() && ahead.isEmpty()) {
			return Outcome.CAUGHT_UP;
		}
		if (from.recordsUntil(upTo) > this.maxReplay) {
			return Outcome.TOO_FAR_BEHIND;
		}
		try (KafkaConsumer<String, String> reader = this.consumers.create("replay", "none")) {
			// assigned before any question about them (the client warns otherwise); the
			// partitions where the client is ahead are asked about, never read
			List<TopicPartition> involved = new ArrayList<>(behind);
			involved.addAll(ahead);
			reader.assign(involved);
			reader.pause(ahead);
			if (!ahead.isEmpty() && pastTheEnd(reader, from, ahead)) {
				return Outcome.UNKNOWN_POSITION;
			}
			if (behind.isEmpty()) {
				return Outcome.CAUGHT_UP;
			}
			if (!withinWindow(reader, from, behind)) {
				return Outcome.TOO_FAR_BEHIND;
			}
			Map<Integer, List<ReadRecord>> read = read(reader, from, upTo, behind, audience);
			if (read == null) {
				return Outcome.FAILED;
			}
			StreamPosition position = from;
			for (ReadRecord record : ReplayOrder.merge(read.values())) {
				position = position.after(record.partition(), record.offset());
				if (record.event() != null) {
					sink.send(record.event(), position);
				}
			}
			return Outcome.CAUGHT_UP;
		}
		catch (InvalidOffsetException ex) {
			// the records went (retention) between the check and the read
			return Outcome.TOO_FAR_BEHIND;
		}
		catch (KafkaException ex) {
			log.warn("Catch-up from {} failed: {}", from, ex.toString());
			return Outcome.FAILED;
		}
	}

	/**
	 * A client ahead of this replica's feed is fine (it came from a replica a few records
	 * ahead), but not past the log's end: that position is from somewhere else.
	 */
	private static boolean pastTheEnd(KafkaConsumer<String, String> reader, StreamPosition from,
			List<TopicPartition> ahead) {
		Map<TopicPartition, Long> ends = reader.endOffsets(ahead, BROKER_PATIENCE);
		return ahead.stream().anyMatch((partition) -> from.offsetOf(partition.partition()) > ends.get(partition));
	}

	/**
	 * Whether the first record missed on each partition is still in the log and at most
	 * {@code LIVE_RESUME_WINDOW} old.
	 */
	private boolean withinWindow(KafkaConsumer<String, String> reader, StreamPosition from,
			List<TopicPartition> behind) {
		Map<TopicPartition, Long> starts = reader.beginningOffsets(behind, BROKER_PATIENCE);
		long oldest = this.clock.millis() - this.resumeWindow.toMillis();
		Map<TopicPartition, Long> windowStarts = new HashMap<>();
		behind.forEach((partition) -> windowStarts.put(partition, oldest));
		Map<TopicPartition, OffsetAndTimestamp> firstInWindow = reader.offsetsForTimes(windowStarts, BROKER_PATIENCE);
		for (TopicPartition partition : behind) {
			long missedFrom = from.offsetOf(partition.partition());
			OffsetAndTimestamp first = firstInWindow.get(partition);
			// no record since the window began, or the first one lies after the client's:
			// what the client missed first is older
			if (missedFrom < starts.get(partition) || first == null || first.offset() > missedFrom) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Each partition's records from the client's position up to the feed's, with the
	 * events this audience sees; null if that took too long.
	 */
	private Map<Integer, List<ReadRecord>> read(KafkaConsumer<String, String> reader, StreamPosition from,
			StreamPosition upTo, List<TopicPartition> behind, LiveAudience audience) {
		Map<Integer, List<ReadRecord>> read = new HashMap<>();
		for (TopicPartition partition : behind) {
			reader.seek(partition, from.offsetOf(partition.partition()));
			read.put(partition.partition(), new ArrayList<>());
		}
		Set<TopicPartition> pending = new HashSet<>(behind);
		long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
		while (!pending.isEmpty()) {
			if (System.nanoTime() > deadline) {
				log.warn("Catch-up from {} to {} took longer than {}: given up", from, upTo, GIVE_UP_AFTER);
				return null;
			}
			for (ConsumerRecord<String, String> record : reader.poll(POLL)) {
				if (record.offset() < upTo.offsetOf(record.partition())) {
					LiveEvent event = LiveEvent.read(record.value()).filter(audience::sees).orElse(null);
					read.get(record.partition())
						.add(new ReadRecord(record.partition(), record.offset(), record.timestamp(), event));
				}
			}
			Set<TopicPartition> done = new HashSet<>();
			for (TopicPartition partition : pending) {
				if (reader.position(partition, BROKER_PATIENCE) >= upTo.offsetOf(partition.partition())) {
					done.add(partition);
				}
			}
			// what lies past the feed's position comes live: not read twice
			reader.pause(done);
			pending.removeAll(done);
		}
		return read;
	}

	/** Where a catch-up's events go: the client's stream. */
	@FunctionalInterface
	interface Sink {

		void send(LiveEvent event, StreamPosition after) throws IOException;

	}

	/** How a catch-up ended: caught up, or told to reload, and why. */
	enum Outcome {

		CAUGHT_UP(null), TOO_FAR_BEHIND("too-far-behind"), UNKNOWN_POSITION("unknown-position"),
		FAILED("catch-up-failed");

		private final String reloadReason;

		Outcome(String reloadReason) {
			this.reloadReason = reloadReason;
		}

		/** The {@code reason} of the {@code reload} event; null when caught up. */
		String reloadReason() {
			return this.reloadReason;
		}

	}

}
