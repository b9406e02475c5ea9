package org.careflow.notification.web;

import java.util.Set;

import org.careflow.events.Topics;
import org.careflow.notification.deadletters.DeadLetterReplay;
import org.careflow.notification.deadletters.ReplayResult;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/admin/dead-letters/{topic}/replay} (admin): publishes what
 * {@code <topic>.dlt} holds back to the topic, after a fix. Only CareFlow's own topics.
 */
@RestController
@PreAuthorize("hasRole('admin')")
class DeadLetterController {

	/**
	 * CareFlow's topics that some consumer reads (and so may dead-letter);
	 * {@code careflow.chart} has no consumer yet.
	 */
	static final Set<String> TOPICS = Set.of(Topics.PATIENTS, Topics.DOCTORS, Topics.APPOINTMENTS, Topics.SCHEDULES,
			Topics.PRESCRIPTIONS);

	private final DeadLetterReplay replay;

	DeadLetterController(DeadLetterReplay replay) {
		this.replay = replay;
	}

	@PostMapping("/api/admin/dead-letters/{topic}/replay")
	ReplayResult replay(@PathVariable String topic) {
		if (!TOPICS.contains(topic)) {
			throw new UnknownTopicException(topic);
		}
		return this.replay.replay(topic);
	}

}
