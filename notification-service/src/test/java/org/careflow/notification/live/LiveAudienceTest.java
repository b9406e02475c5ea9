package org.careflow.notification.live;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;

import org.careflow.platform.security.Caller;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Who sees which appointment event on their stream, as a table. */
class LiveAudienceTest {

	private static final String ME = "me";

	private static final Instant NINE = Instant.parse("2026-11-24T08:00:00Z");

	/** My own appointment, as the patient. */
	private static final LiveEvent MINE = event(ME, "doctor-1");

	/** An appointment on my calendar, as its doctor. */
	private static final LiveEvent ON_MY_CALENDAR = event("patient-1", ME);

	/** Another patient's, with another doctor. */
	private static final LiveEvent SOMEONE_ELSES = event("patient-2", "doctor-2");

	static Stream<Arguments> table() {
		return Stream.of(
				// role(s) mine on-my-calendar someone-else's
				arguments(Set.of("patient"), true, false, false), arguments(Set.of("doctor"), false, true, false),
				arguments(Set.of("nurse"), true, true, true), arguments(Set.of("admin"), true, true, true),
				arguments(Set.of("patient", "doctor"), true, true, false),
				arguments(Set.of("doctor", "admin"), true, true, true));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("table")
	void eachRoleSeesItsOwnShare(Set<String> roles, boolean mine, boolean onMyCalendar, boolean someoneElses) {
		LiveAudience audience = LiveAudience.of(new Caller(ME, roles)).orElseThrow();

		assertThat(audience.sees(MINE)).as("own appointment").isEqualTo(mine);
		assertThat(audience.sees(ON_MY_CALENDAR)).as("on own calendar").isEqualTo(onMyCalendar);
		assertThat(audience.sees(SOMEONE_ELSES)).as("someone else's").isEqualTo(someoneElses);
	}

	static Stream<Set<String>> noStream() {
		return Stream.of(Set.of("pharmacist"), Set.of(), Set.of("service"), Set.of("PATIENT"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("noStream")
	void anyOtherRoleHasNoStream(Set<String> roles) {
		assertThat(LiveAudience.of(new Caller(ME, roles))).isEmpty();
	}

	private static LiveEvent event(String patientId, String doctorId) {
		return new LiveEvent("appointment.booked", "appointment-1", null, patientId, doctorId, "booked", NINE,
				NINE.plusSeconds(1800), NINE);
	}

}
