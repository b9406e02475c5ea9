package org.careflow.scheduling.claims;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.careflow.events.AppointmentRescheduled;
import org.careflow.scheduling.availability.DoctorAvailability;
import org.careflow.scheduling.availability.Rule;
import org.careflow.scheduling.availability.Schedules;
import org.careflow.scheduling.availability.SlotUnavailableException;
import org.careflow.scheduling.availability.WeeklySchedule;
import org.careflow.scheduling.availability.WorkingHours;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Holds and the claims that meet them, with storage mocked: a hold becomes its patient's
 * claim, an expired hold gives way, a patient holds a few slots at most, and a move frees
 * the old slot.
 */
class HoldsAndClaimsTest {

	static final Instant NOW = Instant.parse("2030-01-06T12:00:00Z");

	static final Instant START = Instant.parse("2030-01-07T09:00:00Z");

	static final String KEY = "doctor-1|" + START;

	final Schedules schedules = mock(Schedules.class);

	final ClaimStore store = mock(ClaimStore.class);

	final ProcessedEvents processed = mock(ProcessedEvents.class);

	final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	final SlotClaims claims = new SlotClaims(this.schedules, this.store, this.processed, this.clock);

	final SlotHolds holds = new SlotHolds(this.schedules, this.store, this.claims,
			new HoldProperties(Duration.ofMinutes(5), 3), this.clock);

	@BeforeEach
	void mondayMorningsInUtc() {
		given(this.schedules.find("doctor-1"))
			.willReturn(Optional.of(DoctorAvailability.of(WeeklySchedule.of("doctor-1", "UTC", 30,
					List.of(new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)))))));
	}

	static SlotClaim hold(String holdId, String patientId, Instant expiresAt) {
		return new SlotClaim(KEY, "doctor-1", START, START.plus(Duration.ofMinutes(30)), "UTC", null,
				ClaimStatus.BUSY_TENTATIVE, NOW.minus(Duration.ofMinutes(1)), patientId, holdId, expiresAt);
	}

	@Test
	void aHoldIsPlacedForFiveMinutesOnThePatientsFirstSeat() {
		SlotHolds.HoldResult result = this.holds.hold("doctor-1", START, "patient-1");

		assertThat(result.created()).isTrue();
		assertThat(result.hold().expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
		assertThat(result.hold().end()).isEqualTo(START.plus(Duration.ofMinutes(30)));
		verify(this.store).insertHold(result.hold(), "patient-1#0");
	}

	@Test
	void aServicesHoldForAPatientLastsTheTimeItNames() {
		SlotHolds.HoldResult offer = this.holds.hold("doctor-1", START, "patient-1", Duration.ofSeconds(900));

		assertThat(offer.created()).isTrue();
		assertThat(offer.hold().expiresAt()).isEqualTo(NOW.plusSeconds(900));
		assertThat(offer.hold().claimedBy()).isEqualTo("patient-1");
		assertThat(offer.hold().timeZone()).isEqualTo("UTC");
		verify(this.store).insertHold(offer.hold(), "patient-1#0");
	}

	@Test
	void holdingASlotThePatientHoldsAlreadyFindsThatHoldAgainWithItsExpiry() {
		SlotClaim placed = hold("h-1", "patient-1", NOW.plus(Duration.ofMinutes(10)));
		willThrow(DuplicateKeyException.class).given(this.store).insertHold(any(), anyString());
		given(this.store.find(KEY)).willReturn(Optional.of(placed));

		SlotHolds.HoldResult retried = this.holds.hold("doctor-1", START, "patient-1", Duration.ofSeconds(900));

		assertThat(retried.created()).isFalse();
		assertThat(retried.hold().holdId()).isEqualTo("h-1");
		assertThat(retried.hold().expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
		verify(this.store, never()).deleteHold(any(), any());
	}

	@Test
	void releasingAHoldStillOnItsSlotFreesIt() {
		given(this.store.findHold("h-1")).willReturn(Optional.of(hold("h-1", "patient-1", NOW.plusSeconds(60))));
		given(this.store.deleteHold(KEY, "h-1")).willReturn(true);

		assertThat(this.holds.release("h-1")).isTrue();
	}

	@Test
	void releasingAnUnknownExpiredOrConvertedHoldFreesNothing() {
		assertThat(this.holds.release("unknown")).isFalse();

		given(this.store.findHold("expired")).willReturn(Optional.of(hold("expired", "patient-1", NOW)));
		given(this.store.deleteHold(KEY, "expired")).willReturn(true);
		assertThat(this.holds.release("expired")).isFalse();

		// turned into an appointment's claim between the read and the delete: the delete,
		// conditional on the hold id, finds nothing
		given(this.store.findHold("h-1")).willReturn(Optional.of(hold("h-1", "patient-1", NOW.plusSeconds(60))));
		given(this.store.deleteHold(KEY, "h-1")).willReturn(false);
		assertThat(this.holds.release("h-1")).isFalse();
		verify(this.store, never()).release(any(), any());
	}

	@Test
	void aPatientHoldingThreeSlotsMayHoldNoFourth() {
		willThrow(DuplicateKeyException.class).given(this.store).insertHold(any(), anyString());
		given(this.store.findSeat(anyString()))
			.willReturn(Optional.of(hold("other", "patient-1", NOW.plus(Duration.ofMinutes(3)))));

		assertThatExceptionOfType(SlotUnavailableException.class)
			.isThrownBy(() -> this.holds.hold("doctor-1", START, "patient-1"))
			.satisfies(ex -> assertThat(ex.rule()).isEqualTo(Rule.HOLD_LIMIT));
		verify(this.store).insertHold(any(), eq("patient-1#2"));
	}

	@Test
	void anExpiredHoldInTheWayIsRemovedThenTheSlotIsHeld() {
		SlotClaim expired = hold("old-hold", "patient-2", NOW.minusSeconds(1));
		willThrow(DuplicateKeyException.class).willDoNothing().given(this.store).insertHold(any(), anyString());
		given(this.store.find(KEY)).willReturn(Optional.of(expired));

		assertThat(this.holds.hold("doctor-1", START, "patient-1").created()).isTrue();

		InOrder order = inOrder(this.store);
		order.verify(this.store).deleteHold(KEY, "old-hold");
		order.verify(this.store).insertHold(any(), eq("patient-1#0"));
	}

	@Test
	void aSlotHeldByAnotherPatientIsTakenForEveryoneElse() {
		willThrow(DuplicateKeyException.class).given(this.store).insert(any());
		given(this.store.find(KEY)).willReturn(Optional.of(hold("h-2", "patient-2", NOW.plus(Duration.ofMinutes(4)))));

		assertThatExceptionOfType(SlotTakenException.class)
			.isThrownBy(() -> this.claims.claim("doctor-1", START, "appt-1", "patient-1", null));
		verify(this.store, never()).deleteHold(any(), any());
	}

	@Test
	void theHoldersClaimNamingTheHoldTurnsItIntoTheClaim() {
		given(this.store.findHold("h-1")).willReturn(Optional.of(hold("h-1", "patient-1", NOW.plusSeconds(60))));
		given(this.store.convertHold(KEY, "h-1", "appt-1", NOW)).willReturn(true);

		SlotClaims.ClaimResult result = this.claims.claim("doctor-1", START, "appt-1", "patient-1", "h-1");

		assertThat(result.created()).isTrue();
		assertThat(result.claim().appointmentId()).isEqualTo("appt-1");
		verify(this.store, never()).insert(any());
	}

	@Test
	void aHoldOfAnotherPatientOrOfAnotherSlotIsAConflict() {
		given(this.store.findHold("h-2")).willReturn(Optional.of(hold("h-2", "patient-2", NOW.plusSeconds(60))));
		assertThatExceptionOfType(SlotTakenException.class)
			.isThrownBy(() -> this.claims.claim("doctor-1", START, "appt-1", "patient-1", "h-2"));

		Instant later = START.plus(Duration.ofMinutes(30));
		assertThatExceptionOfType(SlotTakenException.class)
			.isThrownBy(() -> this.claims.claim("doctor-1", later, "appt-1", "patient-2", "h-2"));
		verify(this.store, never()).convertHold(any(), any(), any(), any());
	}

	@Test
	void anExpiredOrUnknownHoldIsIgnoredAndTheFreeSlotClaimedAsUsual() {
		given(this.store.findHold("h-1")).willReturn(Optional.of(hold("h-1", "patient-1", NOW)));

		assertThat(this.claims.claim("doctor-1", START, "appt-1", "patient-1", "h-1").created()).isTrue();
		assertThat(this.claims.claim("doctor-1", START, "appt-2", "patient-1", "unknown").created()).isTrue();

		verify(this.store, never()).convertHold(any(), any(), any(), any());
	}

	@Test
	void aClaimTakesItselfBackIfTheScheduleChangedUnderItsInsert() {
		given(this.schedules.find("doctor-1")).willReturn(
				Optional.of(DoctorAvailability.of(WeeklySchedule.of("doctor-1", "UTC", 30,
						List.of(new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)))))),
				Optional.of(DoctorAvailability.of(WeeklySchedule.of("doctor-1", "UTC", 30,
						List.of(new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(12, 0)))))));

		assertThatExceptionOfType(SlotUnavailableException.class)
			.isThrownBy(() -> this.claims.claim("doctor-1", START, "appt-1", "patient-1", null))
			.satisfies(ex -> assertThat(ex.rule()).isEqualTo(Rule.OUTSIDE_HOURS));
		InOrder order = inOrder(this.store);
		order.verify(this.store).insert(any());
		order.verify(this.store).release(KEY, "appt-1");
	}

	@Test
	void aMoveConfirmsTheNewSlotAndFreesTheOldAsACancellationOfTheOldAppointment() {
		Instant previous = START.plus(Duration.ofHours(1));
		AppointmentRescheduled moved = AppointmentRescheduled.of("appt-new", "patient-1", "doctor-1", START,
				START.plus(Duration.ofMinutes(30)), "UTC", "appt-old", previous, previous.plus(Duration.ofMinutes(30)));

		this.claims.reschedule(moved);

		InOrder order = inOrder(this.store, this.processed);
		order.verify(this.store)
			.confirm(new ClaimStore.Booked("appt-new", "patient-1", "doctor-1", START,
					START.plus(Duration.ofMinutes(30)), "UTC"), NOW);
		order.verify(this.processed).recordCancelled("appt-old", NOW);
		order.verify(this.store).release("doctor-1|" + previous, "appt-old");
		order.verify(this.processed).record(moved, NOW);
	}

}
