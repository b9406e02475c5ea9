package org.careflow.platform.kafka;

import java.util.Optional;

import org.careflow.events.CareFlowEvent;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON form of events on the wire. Reading is tolerant: fields added by a newer
 * producer are ignored, and an event type this service does not know yields empty.
 */
public final class EventJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
		.build();

	private EventJson() {
	}

	public static String write(CareFlowEvent event) {
		return MAPPER.writeValueAsString(event);
	}

	/**
	 * Reads an event.
	 * @throws tools.jackson.core.JacksonException if the payload is not JSON of an event
	 */
	public static Optional<CareFlowEvent> read(String payload) {
		return Optional.ofNullable(MAPPER.readValue(payload, CareFlowEvent.class));
	}

}
