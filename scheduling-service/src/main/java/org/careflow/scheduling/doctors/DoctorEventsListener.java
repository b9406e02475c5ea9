package org.careflow.scheduling.doctors;

import java.time.Clock;

import org.careflow.events.CareFlowEvent;
import org.careflow.events.DoctorRegistered;
import org.careflow.events.DoctorUpdated;
import org.careflow.events.Topics;
import org.careflow.platform.kafka.EventJson;
import org.careflow.scheduling.claims.ProcessedEvents;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Learns each doctor's specialty from {@code doctor.registered}, and their specialty,
 * department and whether they are active from {@code doctor.updated} (consumer group
 * {@code scheduling-service}); other doctor events are ignored. Each event is applied
 * once (by its id), an older profile than the one held not at all. Failures are retried
 * and then dead-lettered by the platform's error handler.
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
			if ((event instanceof DoctorRegistered || event instanceof DoctorUpdated) && !this.processed.seen(event)) {
				apply(event);
				this.processed.record(event, this.clock.instant());
			}
		});
	}

	private void apply(CareFlowEvent event) {
		switch (event) {
			case DoctorRegistered registered -> this.directory.register(registered);
			case DoctorUpdated updated -> this.directory.update(updated);
			default -> {
			}
		}
	}

}
