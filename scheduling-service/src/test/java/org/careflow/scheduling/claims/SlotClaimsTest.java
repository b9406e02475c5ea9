package org.careflow.scheduling.claims;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.careflow.events.AppointmentBooked;
import org.careflow.events.AppointmentCancelled;
import org.careflow.scheduling.availability.Schedules;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The order of a release and of the booking it may race with: whichever comes first, a
 * released appointment never holds its slot again. Storage is mocked; the integration
 * test runs the same on MongoDB and Kafka.
 */
class SlotClaimsTest {

	static final Instant NOW = Instant.parse("2030-01-06T12:00:00Z");

	static final Instant START = Instant.parse("2030-01-07T08:00:00Z");

	static final String KEY = "doctor-1|" + START;

	static final ClaimStore.Booked BOOKED = new ClaimStore.Booked("appt-1", "patient-1", "doctor-1", START,
			START.plus(Duration.ofMinutes(30)), "Europe/Paris");

	final ClaimStore store = mock(ClaimStore.class);

	final ProcessedEvents processed = mock(ProcessedEvents.class);

	final SlotClaims claims = new SlotClaims(mock(Schedules.class), this.store, this.processed,
			Clock.fixed(NOW, ZoneOffset.UTC));

	final AppointmentBooked booked = AppointmentBooked.of("appt-1", "patient-1", "doctor-1", START,
			START.plus(Duration.ofMinutes(30)), "Europe/Paris");

	@Test
	void aReleaseMarksTheAppointmentCancelledBeforeItFreesTheSlot() {
		given(this.store.release(KEY, "appt-1")).willReturn(true);

		assertThat(this.claims.release("doctor-1", START, "appt-1")).isTrue();

		// the other way round, a late booking read between the two would block the slot
		InOrder order = inOrder(this.processed, this.store);
		order.verify(this.processed).recordCancelled("appt-1", NOW);
		order.verify(this.store).release(KEY, "appt-1");
	}

	@Test
	void releasingASlotTheAppointmentDoesNotHoldFreesNothingAndIsNoError() {
		given(this.store.release(KEY, "appt-1")).willReturn(false);

		assertThat(this.claims.release("doctor-1", START, "appt-1")).isFalse();
		verify(this.processed).recordCancelled("appt-1", NOW);
	}

	@Test
	void aReleaseOutsideTheClaimRangeIsBadInputAndTouchesNothing() {
		assertThatExceptionOfType(InvalidClaimException.class)
			.isThrownBy(() -> this.claims.release("doctor-1", NOW.minus(Duration.ofDays(2)), "appt-1"))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("start"));

		verify(this.processed, never()).recordCancelled(any(), any());
		verify(this.store, never()).release(any(), any());
	}

	@Test
	void aCancellationEventMarksTheAppointmentCancelledBeforeItFreesTheSlot() {
		AppointmentCancelled cancelled = AppointmentCancelled.of("appt-1", "patient-1", "doctor-1", START,
				START.plus(Duration.ofMinutes(30)), "Europe/Paris");

		this.claims.release(cancelled);

		// a late booking event finds the appointment cancelled by this one mark
		InOrder order = inOrder(this.processed, this.store);
		order.verify(this.processed).recordCancelled("appt-1", NOW);
		order.verify(this.store).release(KEY, "appt-1");
		order.verify(this.processed).record(cancelled, NOW);
	}

	@Test
	void anOverbookedAppointmentLeavesTheSlotToTheAppointmentHoldingIt() {
		AppointmentBooked extra = AppointmentBooked.overbooked("appt-2", "patient-2", "doctor-1", START,
				START.plus(Duration.ofMinutes(30)), "Europe/Paris");

		this.claims.confirm(extra);

		verify(this.store, never()).confirm(any(), any());
		verify(this.processed).record(extra, NOW);
	}

	@Test
	void aLateBookingOfAReleasedAppointmentClaimsNothing() {
		given(this.processed.cancelled("appt-1")).willReturn(true);

		this.claims.confirm(this.booked);

		verify(this.store, never()).confirm(any(), any());
	}

	@Test
	void aBookingConfirmedWhileItsAppointmentWasReleasedGivesTheSlotBack() {
		// not cancelled when the booking is read, cancelled once it was written
		given(this.processed.cancelled("appt-1")).willReturn(false, true);

		this.claims.confirm(this.booked);

		InOrder order = inOrder(this.store);
		order.verify(this.store).confirm(BOOKED, NOW);
		order.verify(this.store).release(KEY, "appt-1");
	}

	@Test
	void aBookingOfAnAppointmentStillActiveHoldsItsSlot() {
		this.claims.confirm(this.booked);

		verify(this.store).confirm(BOOKED, NOW);
		verify(this.store, never()).release(any(), any());
		verify(this.processed).record(this.booked, NOW);
	}

}
