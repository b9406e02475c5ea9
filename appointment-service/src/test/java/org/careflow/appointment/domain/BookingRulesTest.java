package org.careflow.appointment.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class BookingRulesTest {

	static final Instant NOW = Instant.parse("2030-01-06T12:00:00Z");

	final BookingRules rules = new BookingRules(Duration.ofDays(365), 5);

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(textBlock = """
			2030-01-06T12:01:00Z,           bookable
			2031-01-06T12:00:00Z,           bookable
			2031-01-06T12:00:01Z,           out of range
			9999-12-31T23:59:59Z,           out of range
			+1000000000-01-01T00:00:00Z,    out of range
			2030-01-06T12:00:00Z,           past
			2030-01-06T11:00:00Z,           past
			-1000000000-01-01T00:00:00Z,    past
			""")
	void aStartMustLieInTheFutureAndAtMostAYearAhead(Instant start, String outcome) {
		switch (outcome) {
			case "bookable" -> assertThatNoException().isThrownBy(() -> this.rules.checkStart(start, NOW));
			case "out of range" -> assertThatExceptionOfType(StartOutOfRangeException.class)
				.isThrownBy(() -> this.rules.checkStart(start, NOW))
				.satisfies(ex -> assertThat(ex.field()).isEqualTo("start"))
				.withMessage("must be at most 365 days ahead");
			default -> assertThatExceptionOfType(AppointmentRuleException.class)
				.isThrownBy(() -> this.rules.checkStart(start, NOW))
				.withMessageContaining("past");
		}
	}

	@ParameterizedTest(name = "{0} upcoming → may book one more: {1}")
	@CsvSource(textBlock = """
			0, true
			4, true
			5, false
			9, false
			""")
	void aPatientHoldsAtMostTheLimitOfUpcomingAppointments(long upcoming, boolean mayBook) {
		if (mayBook) {
			assertThatNoException().isThrownBy(() -> this.rules.checkUpcoming(upcoming));
		}
		else {
			assertThatExceptionOfType(UpcomingLimitException.class).isThrownBy(() -> this.rules.checkUpcoming(upcoming))
				.satisfies(ex -> assertThat(ex.limit()).isEqualTo(5))
				.withMessageContaining("5 upcoming appointments");
		}
	}

	@Test
	void onlyAVerifiedEmailMayBookAndTheRefusalSaysHowToVerify() {
		assertThatNoException().isThrownBy(() -> this.rules.requireVerifiedEmail(true));
		assertThatExceptionOfType(EmailNotVerifiedException.class)
			.isThrownBy(() -> this.rules.requireVerifiedEmail(false))
			.withMessageContaining("POST /api/patients/me/verification-email");
	}

	@Test
	void limitsMustBePositive() {
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new BookingRules(Duration.ZERO, 5));
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new BookingRules(Duration.ofDays(1), 0));
	}

	@ParameterizedTest(name = "other at {0}..{1}: overlaps = {2}")
	@CsvSource(textBlock = """
			09:00, 09:30, true
			08:45, 09:15, true
			09:15, 09:45, true
			08:00, 10:00, true
			08:30, 09:00, false
			09:30, 10:00, false
			""")
	void aPatientCannotHoldTwoAppointmentsThatOverlapWhateverTheDoctors(String from, String to, boolean overlaps) {
		UpcomingAppointment other = new UpcomingAppointment("other-1", Instant.parse("2030-01-07T" + from + ":00Z"),
				Instant.parse("2030-01-07T" + to + ":00Z"));
		Instant start = Instant.parse("2030-01-07T09:00:00Z");
		Instant end = Instant.parse("2030-01-07T09:30:00Z");

		if (overlaps) {
			assertThatExceptionOfType(PatientOverlapException.class)
				.isThrownBy(() -> this.rules.checkNoOverlap(List.of(other), start, end, null))
				.satisfies(refused -> assertThat(refused.appointmentId()).isEqualTo("other-1"));
			// the appointment being rescheduled is not in its successor's way
			assertThatNoException().isThrownBy(() -> this.rules.checkNoOverlap(List.of(other), start, end, "other-1"));
		}
		else {
			assertThatNoException().isThrownBy(() -> this.rules.checkNoOverlap(List.of(other), start, end, null));
		}
	}

}
