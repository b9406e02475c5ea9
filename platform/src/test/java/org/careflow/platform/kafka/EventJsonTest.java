package org.careflow.platform.kafka;

import org.junit.jupiter.api.Test;

import org.careflow.events.VisitUpdated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventJsonTest {

	@Test
	void anEventReadsBackAsWritten() {
		VisitUpdated event = VisitUpdated.of("a-1", "p-1", "d-1");

		assertThat(EventJson.read(EventJson.write(event))).contains(event);
	}

	@Test
	void anEventTypeFromANewerProducerIsSkippedNotFailed() {
		String future = """
				{"type":"prescription.issued","eventId":"0b6f7a2e-6a0b-4c57-9f4e-2f0c1e2d3a4b","aggregateId":"x",
				 "occurredAt":"2030-01-01T00:00:00Z","schemaVersion":1}""";

		assertThat(EventJson.read(future)).isEmpty();
	}

	@Test
	void somethingThatIsNotAnEventFailsAtOnce() {
		assertThatThrownBy(() -> EventJson.read("not json")).isInstanceOf(tools.jackson.core.JacksonException.class);
	}

}
