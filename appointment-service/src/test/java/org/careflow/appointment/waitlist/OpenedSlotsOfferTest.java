package org.careflow.appointment.waitlist;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.careflow.appointment.booking.Bookings;
import org.careflow.appointment.scheduling.SlotClaims;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * What a batch of opened slots costs: those waiting are read once, and only a slot inside
 * a waiting entry's window reaches scheduling.
 */
class OpenedSlotsOfferTest {

	static final Instant NOW = Instant.parse("2030-01-06T12:00:00Z");

	static final Instant NINE = Instant.parse("2030-01-07T09:00:00Z");

	final WaitlistStore store = mock(WaitlistStore.class);

	final DoctorSpecialties specialties = mock(DoctorSpecialties.class);

	final SlotClaims slots = mock(SlotClaims.class);

	final Waitlist waitlist = new Waitlist(this.store, this.specialties, this.slots, mock(Bookings.class),
			new WaitlistProperties(Duration.ofMinutes(15), 5), Clock.fixed(NOW, ZoneOffset.UTC));

	/** A whole day of five-minute slots from nine. */
	static List<Instant> aDayOfSlots() {
		List<Instant> starts = new ArrayList<>();
		for (int i = 0; i < 288; i++) {
			starts.add(NINE.plus(Duration.ofMinutes(5L * i)));
		}
		return starts;
	}

	@Test
	void slotsOfADoctorNobodyWaitsForCostOneReadAndNoCall() {
		given(this.store.waitingFor(eq("doctor-1"), any(), eq(Waitlist.CANDIDATES))).willReturn(List.of());

		assertThat(this.waitlist.offerOpenedSlots("doctor-1", aDayOfSlots(), NOW)).isZero();

		verify(this.store, times(1)).waitingFor(any(), any(), eq(Waitlist.CANDIDATES));
		verify(this.slots, never()).holdFor(any(), any(), any(), any());
	}

	@Test
	void onlyTheFirstSlotInsideTheWindowIsHeldForTheOneWaiting() {
		WaitlistEntry entry = WaitlistEntry.join("entry-1", "patient-1", "doctor-1", null,
				NINE.plus(Duration.ofHours(2)), NINE.plus(Duration.ofHours(3)), Duration.ofDays(90), NOW);
		given(this.store.waitingFor(eq("doctor-1"), any(), eq(Waitlist.CANDIDATES))).willReturn(List.of(entry));
		Instant eleven = NINE.plus(Duration.ofHours(2));
		given(this.slots.holdFor(eq("doctor-1"), eq(eleven), eq("patient-1"), any()))
			.willReturn(new SlotClaims.SlotHold("hold-1", "doctor-1", eleven, eleven.plus(Duration.ofMinutes(5)), "UTC",
					NOW.plusSeconds(900)));

		assertThat(this.waitlist.offerOpenedSlots("doctor-1", aDayOfSlots(), NOW)).isEqualTo(1);

		verify(this.slots, times(1)).holdFor(any(), any(), any(), any());
		verify(this.store, times(1)).waitingFor(any(), any(), eq(Waitlist.CANDIDATES));
		verify(this.store).update(entry);
		assertThat(entry.offer().start()).isEqualTo(eleven);
	}

}
