package org.careflow.notification.web;

import org.careflow.events.Topics;
import org.careflow.notification.deadletters.DeadLetterReplay;
import org.careflow.notification.deadletters.ReplayResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Which topics' dead letters an admin may publish again. */
class DeadLetterControllerTest {

	private final DeadLetterReplay replay = mock(DeadLetterReplay.class);

	private final DeadLetterController controller = new DeadLetterController(this.replay);

	@Test
	void thePrescriptionsTopicIsReplayedLikeTheOthers() {
		ReplayResult replayed = new ReplayResult(Topics.PRESCRIPTIONS, 1, 0);
		when(this.replay.replay(Topics.PRESCRIPTIONS)).thenReturn(replayed);

		assertThat(this.controller.replay(Topics.PRESCRIPTIONS)).isEqualTo(replayed);
		assertThat(DeadLetterController.TOPICS).containsExactlyInAnyOrder(Topics.PATIENTS, Topics.DOCTORS,
				Topics.APPOINTMENTS, Topics.SCHEDULES, Topics.PRESCRIPTIONS);
	}

	@Test
	void aTopicNobodyReadsNorOneOutsideCareFlowIsRefused() {
		for (String topic : new String[] { Topics.CHART, "careflow.prescriptions.dlt", "__consumer_offsets" }) {
			assertThatExceptionOfType(UnknownTopicException.class).as(topic)
				.isThrownBy(() -> this.controller.replay(topic));
		}
		verify(this.replay, never()).replay(anyString());
	}

}
