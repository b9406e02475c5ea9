package org.careflow.appointment.domain;

import java.time.Duration;
import java.time.Instant;

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

}
