package org.careflow.scheduling.claims;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.careflow.scheduling.availability.DoctorAvailability;
import org.careflow.scheduling.availability.Rule;
import org.careflow.scheduling.availability.SlotUnavailableException;
import org.careflow.scheduling.availability.WeeklySchedule;
import org.careflow.scheduling.availability.WorkingHours;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SlotClaimTest {

	private static final Instant NOW = Instant.parse("2030-01-06T12:00:00Z");

	private final Optional<DoctorAvailability> schedule = Optional
		.of(DoctorAvailability.of(WeeklySchedule.of("doctor-1", "Europe/Paris", 30,
				List.of(new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))))));

	@Test
	void aClaimHoldsTheWholeSlotTentativelyForTheAppointment() {
		SlotClaim claim = SlotClaim.tentative(this.schedule, Instant.parse("2030-01-07T08:00:00Z"), "appt-1",
				"patient-1", NOW);

		assertThat(claim.key()).isEqualTo("doctor-1|2030-01-07T08:00:00Z");
		assertThat(claim.end()).isEqualTo(Instant.parse("2030-01-07T08:30:00Z"));
		assertThat(claim.timeZone()).isEqualTo("Europe/Paris");
		assertThat(claim.status()).isEqualTo(ClaimStatus.BUSY_TENTATIVE);
		assertThat(claim.heldBy("appt-1")).isTrue();
		assertThat(claim.heldBy("appt-2")).isFalse();
	}

	@Test
	void aStartOffTheGridCannotBeClaimed() {
		assertThatExceptionOfType(SlotUnavailableException.class)
			.isThrownBy(() -> SlotClaim.tentative(this.schedule, Instant.parse("2030-01-07T08:15:00Z"), "appt-1",
					"patient-1", NOW))
			.satisfies(ex -> assertThat(ex.rule()).isEqualTo(Rule.OUTSIDE_HOURS));
	}

	@Test
	void aSlotThatHasBegunCannotBeClaimed() {
		assertThatExceptionOfType(SlotUnavailableException.class)
			.isThrownBy(() -> SlotClaim.tentative(this.schedule, Instant.parse("2030-01-07T08:00:00Z"), "appt-1",
					"patient-1", Instant.parse("2030-01-07T08:00:00Z")))
			.withMessageContaining("begun")
			.satisfies(ex -> assertThat(ex.rule()).isEqualTo(Rule.MIN_NOTICE));
	}

	@Test
	void aSlotThatBeganWithinTheLastDayIsNotBookableButNotBadInput() {
		assertThatExceptionOfType(SlotUnavailableException.class).isThrownBy(() -> SlotClaim.tentative(this.schedule,
				Instant.parse("2030-01-07T08:00:00Z"), "appt-1", "patient-1", Instant.parse("2030-01-07T20:00:00Z")));
	}

	@Test
	void aStartMoreThanADayAgoIsBadInputNamingStart() {
		assertThatExceptionOfType(InvalidClaimException.class)
			.isThrownBy(() -> SlotClaim.tentative(this.schedule, NOW.minus(Duration.ofDays(1)).minusSeconds(1),
					"appt-1", "patient-1", NOW))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("start"));
	}

	@Test
	void aStartBeyondTheTwoYearHorizonIsBadInputEvenOnTheGrid() {
		// a Monday 09:00 in Paris, on the grid but after 2032-01-06T12:00Z
		Instant beyond = Instant.parse("2032-01-12T08:00:00Z");

		assertThatExceptionOfType(InvalidClaimException.class)
			.isThrownBy(() -> SlotClaim.tentative(this.schedule, beyond, "appt-1", "patient-1", NOW))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("start"));
		// within the horizon, the doctor's own rule decides: a rule broken, not bad input
		assertThatExceptionOfType(SlotUnavailableException.class)
			.isThrownBy(() -> SlotClaim.tentative(this.schedule, Instant.parse("2032-01-05T08:00:00Z"), "appt-1",
					"patient-1", NOW))
			.satisfies(ex -> assertThat(ex.rule()).isEqualTo(Rule.MAX_DAYS_AHEAD));
	}

	@Test
	void instantsABillionYearsAwayAreBadInputNotAFailure() {
		for (Instant absurd : new Instant[] { Instant.MAX, Instant.MIN,
				Instant.parse("+1000000000-01-01T00:00:00Z") }) {
			assertThatExceptionOfType(InvalidClaimException.class)
				.isThrownBy(() -> SlotClaim.tentative(this.schedule, absurd, "appt-1", "patient-1", NOW));
			assertThatExceptionOfType(InvalidClaimException.class)
				.isThrownBy(() -> SlotClaim.tentative(Optional.empty(), absurd, "appt-1", "patient-1", NOW));
		}
	}

	@Test
	void theClaimIsHeldForThePatientTheServiceNamed() {
		SlotClaim claim = SlotClaim.tentative(this.schedule, Instant.parse("2030-01-07T08:00:00Z"), "appt-1",
				"patient-7", NOW);

		assertThat(claim.claimedBy()).isEqualTo("patient-7");
		assertThat(claim.claimedAt()).isEqualTo(NOW);
	}

	@Test
	void nothingCanBeClaimedFromADoctorWithoutHours() {
		assertThatExceptionOfType(SlotUnavailableException.class).isThrownBy(() -> SlotClaim.tentative(Optional.empty(),
				Instant.parse("2030-01-07T08:00:00Z"), "appt-1", "patient-1", NOW));
	}

}
