package org.careflow.notification.live;

import java.time.Instant;
import java.util.stream.Stream;

import org.careflow.events.AppointmentBooked;
import org.careflow.events.AppointmentCancelled;
import org.careflow.events.AppointmentCheckedIn;
import org.careflow.events.AppointmentEnteredInError;
import org.careflow.events.AppointmentFulfilled;
import org.careflow.events.AppointmentNoShow;
import org.careflow.events.AppointmentRescheduled;
import org.careflow.events.CareFlowEvent;
import org.careflow.events.PatientRegistered;
import org.careflow.events.VisitUpdated;
import org.careflow.events.WaitlistOffered;
import org.careflow.platform.kafka.EventJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class LiveEventTest {

	private static final Instant NINE = Instant.parse("2026-11-24T08:00:00Z");

	private static final Instant HALF_PAST = NINE.plusSeconds(1800);

	static Stream<Arguments> appointmentEvents() {
		return Stream.of(
				arguments(AppointmentBooked.of("a-1", "p-1", "d-1", NINE, HALF_PAST, "Europe/Paris"), "booked"),
				arguments(AppointmentRescheduled.of("a-1", "p-1", "d-1", NINE, HALF_PAST, "Europe/Paris", "a-0",
						NINE.minusSeconds(3600), NINE.minusSeconds(1800)), "booked"),
				arguments(AppointmentCancelled.of("a-1", "p-1", "d-1", NINE, HALF_PAST, "Europe/Paris"), "cancelled"),
				arguments(AppointmentCheckedIn.of("a-1", "p-1", "d-1", NINE), "arrived"),
				arguments(AppointmentFulfilled.of("a-1", "p-1", "d-1", NINE), "fulfilled"),
				arguments(AppointmentNoShow.of("a-1", "p-1", "d-1", NINE, HALF_PAST, "Europe/Paris"), "noshow"),
				arguments(AppointmentEnteredInError.of("a-1", "p-1", "d-1", NINE, HALF_PAST, "Europe/Paris"),
						"entered-in-error"));
	}

	@ParameterizedTest(name = "{1}: {0}")
	@MethodSource("appointmentEvents")
	void eachAppointmentEventBecomesIdsTypeFhirStatusAndTimes(CareFlowEvent event, String status) {
		LiveEvent live = LiveEvent.read(EventJson.write(event)).orElseThrow();

		assertThat(live.type()).isEqualTo(event.type());
		assertThat(live.appointmentId()).isEqualTo("a-1");
		assertThat(live.patientId()).isEqualTo("p-1");
		assertThat(live.doctorId()).isEqualTo("d-1");
		assertThat(live.status()).isEqualTo(status);
		assertThat(live.start()).isEqualTo(NINE);
		assertThat(live.occurredAt()).isEqualTo(event.occurredAt());
	}

	@Test
	void aRescheduleNamesTheAppointmentItReplaces() {
		AppointmentRescheduled moved = AppointmentRescheduled.of("a-2", "p-1", "d-1", NINE, HALF_PAST, "Europe/Paris",
				"a-1", NINE.minusSeconds(3600), NINE.minusSeconds(1800));

		assertThat(LiveEvent.of(moved)).get().extracting(LiveEvent::replacesId).isEqualTo("a-1");
	}

	@Test
	void theJsonIsOneLineOfIdsStatusAndIsoTimesWithoutAbsentFields() {
		LiveEvent checkedIn = LiveEvent.of(AppointmentCheckedIn.of("a-1", "p-1", "d-1", NINE)).orElseThrow();

		String json = checkedIn.toJson();

		assertThat(json).doesNotContain("\n")
			.startsWith("{\"type\":\"appointment.checked-in\",\"appointmentId\":\"a-1\",\"patientId\":\"p-1\","
					+ "\"doctorId\":\"d-1\",\"status\":\"arrived\",\"start\":\"2026-11-24T08:00:00Z\",\"occurredAt\":")
			.doesNotContain("end")
			.doesNotContain("replacesId")
			.doesNotContain("timeZone");
	}

	@Test
	void otherEventsAndPayloadsThatAreNoEventHaveNoLiveView() {
		assertThat(LiveEvent.read(EventJson.write(VisitUpdated.of("a-1", "p-1", "d-1")))).isEmpty();
		assertThat(LiveEvent.read(EventJson.write(PatientRegistered.of("p-1", "jane@example.org", "Jane", "Doe"))))
			.isEmpty();
		assertThat(LiveEvent.read(
				EventJson.write(WaitlistOffered.of("w-1", "p-1", "d-1", NINE, HALF_PAST, "Europe/Paris", "o-1", NINE))))
			.isEmpty();
		assertThat(LiveEvent.read("{\"type\":\"appointment.teleported\"}")).isEmpty();
		assertThat(LiveEvent.read("not json")).isEmpty();
		assertThat(LiveEvent.read(null)).isEmpty();
	}

}
