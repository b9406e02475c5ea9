package org.careflow.notification.live;

import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.careflow.events.AppointmentBooked;
import org.careflow.events.AppointmentCancelled;
import org.careflow.events.AppointmentCheckedIn;
import org.careflow.events.AppointmentEnteredInError;
import org.careflow.events.AppointmentFulfilled;
import org.careflow.events.AppointmentNoShow;
import org.careflow.events.AppointmentRescheduled;
import org.careflow.events.CareFlowEvent;
import org.careflow.platform.kafka.EventJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a live stream tells about one appointment event: ids, type, FHIR status and times,
 * so an app knows what to refresh. Never a reason, note, vital or name: those stay behind
 * the APIs that check who asks.
 *
 * @param type the event type, e.g. {@code appointment.booked}; also the SSE event name
 * @param appointmentId the appointment
 * @param replacesId for {@code appointment.rescheduled}: the appointment it replaces (now
 * cancelled); absent otherwise
 * @param patientId the patient
 * @param doctorId the doctor
 * @param status the appointment's FHIR status after the event: {@code booked},
 * {@code arrived}, {@code fulfilled}, {@code cancelled}, {@code noshow},
 * {@code entered-in-error}
 * @param start when it starts
 * @param end when it ends; absent for check-in and fulfilment, whose events do not carry
 * it
 * @param occurredAt when the event happened
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LiveEvent(String type, String appointmentId, String replacesId, String patientId, String doctorId,
		String status, Instant start, Instant end, Instant occurredAt) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The live view of an appointment event; empty for any other event, and for a payload
	 * that is not an event this service knows (the email consumer deals with those).
	 */
	static Optional<LiveEvent> read(String payload) {
		try {
			return EventJson.read(payload).flatMap(LiveEvent::of);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	public static Optional<LiveEvent> of(CareFlowEvent event) {
		return Optional.ofNullable(switch (event) {
			case AppointmentBooked e -> new LiveEvent(e.type(), e.aggregateId(), null, e.patientId(), e.doctorId(),
					"booked", e.start(), e.end(), e.occurredAt());
			case AppointmentRescheduled e -> new LiveEvent(e.type(), e.aggregateId(), e.replacesId(), e.patientId(),
					e.doctorId(), "booked", e.start(), e.end(), e.occurredAt());
			case AppointmentCancelled e -> new LiveEvent(e.type(), e.aggregateId(), null, e.patientId(), e.doctorId(),
					"cancelled", e.start(), e.end(), e.occurredAt());
			case AppointmentCheckedIn e -> new LiveEvent(e.type(), e.aggregateId(), null, e.patientId(), e.doctorId(),
					"arrived", e.start(), null, e.occurredAt());
			case AppointmentFulfilled e -> new LiveEvent(e.type(), e.aggregateId(), null, e.patientId(), e.doctorId(),
					"fulfilled", e.start(), null, e.occurredAt());
			case AppointmentNoShow e -> new LiveEvent(e.type(), e.aggregateId(), null, e.patientId(), e.doctorId(),
					"noshow", e.start(), e.end(), e.occurredAt());
			case AppointmentEnteredInError e -> new LiveEvent(e.type(), e.aggregateId(), null, e.patientId(),
					e.doctorId(), "entered-in-error", e.start(), e.end(), e.occurredAt());
			default -> null;
		});
	}

	/** One line of JSON (an SSE {@code data:} line); instants in ISO-8601. */
	public String toJson() {
		return JSON.writeValueAsString(this);
	}

}
