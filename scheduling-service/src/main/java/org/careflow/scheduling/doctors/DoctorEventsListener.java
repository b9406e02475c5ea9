package org.careflow.scheduling.doctors;

import java.time.Clock;

import org.careflow.events.DoctorRegistered;
import org.careflow.events.Topics;
import org.careflow.platform.kafka.EventJson;
import org.careflow.scheduling.claims.ProcessedEvents;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Learns each doctor's specialty from {@code doctor.registered} (consumer group
 * {@code scheduling-service}); other doctor events are ignored. Failures are retried and
 * then dead-lettered by the platform's error handler.
 */
@Component
class DoctorEventsListener {

	private final DoctorDirectory directory;

	private final ProcessedEvents processed;

	private final Clock clock;

	DoctorEventsListener(DoctorDirectory directory, ProcessedEvents processed, Clock clock) {
		this.directory = directory;
		this.processed = processed;
		this.clock = clock;
	}

	@KafkaListener(id = "scheduling-doctors", idIsGroup = false, topics = Topics.DOCTORS)
	void on(String payload) {
		EventJson.read(payload).ifPresent(event -> {
			if (event instanceof DoctorRegistered registered && !this.processed.seen(registered)) {
				this.directory.register(registered);
				this.processed.record(registered, this.clock.instant());
			}
		});
	}

}
