package org.careflow.notification.live;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** One stream's queue and sender, writing to an emitter that records what it is sent. */
class SubscriberTest {

	private static final Instant NINE = Instant.parse("2026-11-24T08:00:00Z");

	private static final LiveAudience PATIENT = new LiveAudience("p-1", false, true, false);

	private final RecordingEmitter emitter = new RecordingEmitter();

	private final CountDownLatch done = new CountDownLatch(1);

	@Test
	void readyComesFirstThenTheQueuedEventsOfItsAudienceWithTheirPositions() {
		StreamPosition start = StreamPosition.of(Map.of(0, 10L, 1, 20L));
		Subscriber subscriber = new Subscriber(1, "p-1", PATIENT, this.emitter, 16);

		subscriber.offer(queued(event("p-1"), 0, 10, start));
		subscriber.offer(queued(event("p-2"), 1, 20, start));
		subscriber.offerHeartbeat();
		subscriber.offer(queued(event("p-1"), 1, 21, start.after(0, 10)));
		run(subscriber, start);

		await().atMost(Duration.ofSeconds(5)).until(() -> this.emitter.sent.size() == 4);
		assertThat(this.emitter.sent.get(0)).startsWith("id:0-10.1-20\nevent:ready\n");
		assertThat(this.emitter.sent.get(1)).startsWith("id:0-11.1-20\nevent:appointment.booked\ndata:{");
		assertThat(this.emitter.sent.get(2)).isEqualTo(": heartbeat\n\n");
		assertThat(this.emitter.sent.get(3)).startsWith("id:0-11.1-22\nevent:appointment.booked\n");
		subscriber.close(null);
	}

	@Test
	void anEventBeforeTheFloorWasSentByAnotherReplicaAndIsSkippedAndIdsNeverGoBack() {
		StreamPosition feed = StreamPosition.of(Map.of(0, 10L, 1, 20L));
		StreamPosition clientAhead = StreamPosition.of(Map.of(0, 12L, 1, 20L));
		Subscriber subscriber = new Subscriber(1, "p-1", PATIENT, this.emitter, 16);

		subscriber.offer(queued(event("p-1"), 0, 11, feed.after(0, 11)));
		subscriber.offer(queued(event("p-1"), 1, 20, feed.after(0, 11).after(1, 20)));
		run(subscriber, clientAhead);

		await().atMost(Duration.ofSeconds(5)).until(() -> this.emitter.sent.size() == 2);
		assertThat(this.emitter.sent.get(1)).startsWith("id:0-12.1-21\n");
		subscriber.close(null);
	}

	@Test
	void aClientTooSlowForItsQueueIsToldToReloadAndItsStreamEnds() throws Exception {
		StreamPosition start = StreamPosition.of(Map.of(0, 0L));
		Subscriber subscriber = new Subscriber(1, "p-1", PATIENT, this.emitter, 16);

		for (int offset = 0; offset < 17; offset++) {
			subscriber.offer(queued(event("p-1"), 0, offset, start.after(0, offset)));
		}
		run(subscriber, start);

		assertThat(this.done.await(5, TimeUnit.SECONDS)).isTrue();
		assertThat(subscriber.isClosed()).isTrue();
		assertThat(this.emitter.sent).hasSize(2);
		assertThat(this.emitter.sent.get(1)).isEqualTo("event:reload\ndata:{\"reason\":\"too-slow\"}\n\n");
		assertThat(this.emitter.completed).isTrue();
	}

	@Test
	void aClientGoneEndsTheSenderAndUnregistersIt() throws Exception {
		Subscriber subscriber = new Subscriber(1, "p-1", PATIENT, this.emitter, 16);
		this.emitter.failing = true;

		run(subscriber, StreamPosition.of(Map.of(0, 0L)));

		assertThat(this.done.await(5, TimeUnit.SECONDS)).isTrue();
		assertThat(subscriber.isClosed()).isTrue();
	}

	private void run(Subscriber subscriber, StreamPosition floor) {
		Thread.ofVirtual().start(() -> subscriber.run((stream) -> {
			stream.sendReady(floor);
			return floor;
		}, this.done::countDown));
	}

	private static Outbound.Event queued(LiveEvent event, int partition, long offset, StreamPosition feed) {
		return new Outbound.Event(event, partition, offset, feed.after(partition, offset));
	}

	private static LiveEvent event(String patientId) {
		return new LiveEvent("appointment.booked", "a-1", null, patientId, "d-1", "booked", NINE,
				NINE.plusSeconds(1800), NINE);
	}

	/** Keeps each message as the text it would write. */
	private static final class RecordingEmitter extends SseEmitter {

		final List<String> sent = new CopyOnWriteArrayList<>();

		volatile boolean completed;

		volatile boolean failing;

		@Override
		public void send(SseEventBuilder builder) throws IOException {
			if (this.failing) {
				throw new IOException("Broken pipe");
			}
			this.sent.add(builder.build()
				.stream()
				.map(ResponseBodyEmitter.DataWithMediaType::getData)
				.map(String::valueOf)
				.collect(Collectors.joining()));
		}

		@Override
		public void complete() {
			this.completed = true;
		}

	}

}
