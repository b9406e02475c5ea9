package org.careflow.scheduling.availability;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.careflow.events.ScheduleBookingsWithdrawn;
import org.careflow.events.ScheduleSlotsOpened;
import org.careflow.platform.kafka.EventJson;
import org.careflow.platform.outbox.PendingEvent;
import org.careflow.scheduling.availability.Bookings.BookedVisit;
import org.careflow.scheduling.availability.Schedules.Stored;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * A change that takes away booked time: refused unless forced, and when forced stored
 * with the withdrawal event in the same write; bookings made while it was written are
 * caught after it.
 */
class ScheduleChangesTest {

	static final Instant NOW = Instant.parse("2030-01-06T12:00:00Z");

	static final Instant NINE = Instant.parse("2030-01-07T09:00:00Z");

	final Schedules schedules = mock(Schedules.class);

	final Bookings bookings = mock(Bookings.class);

	final ScheduleChanges changes = new ScheduleChanges(this.schedules, this.bookings,
			Clock.fixed(NOW, ZoneOffset.UTC));

	final Optional<Stored> stored = Optional.of(new Stored(DoctorAvailability.of(hours("09:00", "12:00")), 4L));

	static WeeklySchedule hours(String start, String end) {
		return WeeklySchedule.of("doctor-1", "UTC", 30,
				List.of(new WorkingHours(DayOfWeek.MONDAY, LocalTime.parse(start), LocalTime.parse(end))));
	}

	static BookedVisit visit(String id, Instant start) {
		return new BookedVisit(id, start, start.plus(Duration.ofMinutes(30)));
	}

	@BeforeEach
	void aBookingAtNineAndOneAtEleven() {
		given(this.schedules.load("doctor-1")).willReturn(this.stored);
		given(this.schedules.write(any(), any(), any())).willReturn(true);
		given(this.bookings.upcoming(eq("doctor-1"), any()))
			.willReturn(List.of(visit("appt-9", NINE), visit("appt-11", NINE.plus(Duration.ofHours(2)))));
	}

	@Test
	void shorterHoursOverABookingAreRefusedListingItAndNothingIsStored() {
		assertThatExceptionOfType(ScheduleConflictException.class)
			.isThrownBy(() -> this.changes.put("doctor-1", hours("09:00", "10:00"), BookingRules.defaults(), false))
			.satisfies(ex -> {
				assertThat(ex.total()).isEqualTo(1);
				assertThat(ex.listed()).extracting(BookedVisit::appointmentId).containsExactly("appt-11");
			});

		verify(this.schedules, never()).write(any(), any(), any());
	}

	@Test
	void aChangeThatKeepsEveryBookingAndOpensNothingIsStoredWithoutEvents() {
		this.changes.put("doctor-1", hours("09:00", "11:30"), BookingRules.of(60, 30, 10), false);

		ArgumentCaptor<DoctorAvailability> next = ArgumentCaptor.captor();
		verify(this.schedules).write(next.capture(), eq(this.stored), eq(List.of()));
		assertThat(next.getValue().rules()).isEqualTo(BookingRules.of(60, 30, 10));
		verify(this.bookings, never()).taken(any(), any());
	}

	@Test
	void longerHoursAreStoredWithTheSlotsTheyOpenInOneWriteLessThoseTaken() {
		given(this.bookings.taken(eq("doctor-1"), any()))
			.willReturn(List.of(new Slot("doctor-1", NINE.minus(Duration.ofMinutes(30)), NINE)));

		this.changes.put("doctor-1", hours("08:00", "12:00"), BookingRules.of(120, 7, 0), false);

		ArgumentCaptor<List<PendingEvent>> events = ArgumentCaptor.captor();
		verify(this.schedules).write(any(), eq(this.stored), events.capture());
		assertThat(events.getValue()).singleElement().satisfies(event -> {
			assertThat(event.topic()).isEqualTo("careflow.schedules");
			assertThat(event.key()).isEqualTo("doctor-1");
			ScheduleSlotsOpened opened = (ScheduleSlotsOpened) EventJson.read(event.payload()).orElseThrow();
			assertThat(opened.slots()).containsExactly(
					new ScheduleSlotsOpened.OpenedSlot(NINE.minus(Duration.ofHours(1)), NINE.minusSeconds(1800)));
		});
	}

	@Test
	void aForcedBlockIsStoredWithTheWithdrawalOfTheBookingsInItInOneWrite() {
		this.changes.addException("doctor-1", (id, availability, now) -> ScheduleException.Block.of(id, NINE,
				NINE.plus(Duration.ofHours(3)), BlockReason.LEAVE, now), true);

		ArgumentCaptor<List<PendingEvent>> events = ArgumentCaptor.captor();
		verify(this.schedules).write(any(), eq(this.stored), events.capture());
		assertThat(events.getValue()).singleElement().satisfies(event -> {
			assertThat(event.topic()).isEqualTo("careflow.schedules");
			assertThat(event.key()).isEqualTo("doctor-1");
			ScheduleBookingsWithdrawn withdrawn = (ScheduleBookingsWithdrawn) EventJson.read(event.payload())
				.orElseThrow();
			assertThat(withdrawn.appointmentIds()).containsExactly("appt-9", "appt-11");
			assertThat(withdrawn.reason()).isEqualTo("doctor-unavailable");
		});
	}

	@Test
	void moreBookingsThanOneEventMayCarryAskToSplitTheChange() {
		List<BookedVisit> many = new ArrayList<>();
		for (int i = 0; i <= ScheduleBookingsWithdrawn.MAX_APPOINTMENTS; i++) {
			many.add(visit("appt-" + i, NINE.plus(Duration.ofDays(7L * (i % 10)))));
		}
		given(this.bookings.upcoming(eq("doctor-1"), any())).willReturn(many);

		assertThatExceptionOfType(TooManyWithdrawalsException.class).isThrownBy(() -> this.changes.put("doctor-1",
				WeeklySchedule.of("doctor-1", "UTC", 30,
						List.of(new WorkingHours(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)))),
				BookingRules.defaults(), true));
		verify(this.schedules, never()).write(any(), any(), any());
	}

	@Test
	void aBookingMadeWhileAnUnforcedChangeWasWrittenTakesTheChangeBack() {
		given(this.bookings.upcoming(eq("doctor-1"), any())).willReturn(List.of(),
				List.of(visit("appt-late", NINE.plus(Duration.ofHours(2)))));
		given(this.schedules.restore(eq("doctor-1"), eq(this.stored), anyLong())).willReturn(true);

		assertThatExceptionOfType(ScheduleConflictException.class)
			.isThrownBy(() -> this.changes.put("doctor-1", hours("09:00", "10:00"), BookingRules.defaults(), false))
			.satisfies(
					ex -> assertThat(ex.listed()).extracting(BookedVisit::appointmentId).containsExactly("appt-late"));
		verify(this.schedules).restore("doctor-1", this.stored, 5L);
	}

	@Test
	void aBookingMadeWhileAForcedChangeWasWrittenIsWithdrawnToo() {
		given(this.bookings.upcoming(eq("doctor-1"), any())).willReturn(List.of(),
				List.of(visit("appt-late", NINE.plus(Duration.ofHours(2)))));

		this.changes.put("doctor-1", hours("09:00", "10:00"), BookingRules.defaults(), true);

		ArgumentCaptor<List<PendingEvent>> events = ArgumentCaptor.captor();
		verify(this.schedules).append(eq("doctor-1"), events.capture());
		assertThat(events.getValue()).singleElement()
			.satisfies(event -> assertThat(event.payload()).contains("appt-late"));
	}

	@Test
	void aChangeWrittenBesideAnotherIsTriedAgainOnTheNewRevision() {
		given(this.schedules.write(any(), any(), any())).willReturn(false, true);

		this.changes.put("doctor-1", hours("08:00", "12:00"), BookingRules.defaults(), false);

		verify(this.schedules, org.mockito.Mockito.times(2)).load("doctor-1");
	}

	@Test
	void retiringADoctorWithBookingsIsRefusedListingThemAndNothingIsStored() {
		assertThatExceptionOfType(ScheduleConflictException.class)
			.isThrownBy(() -> this.changes.retire("doctor-1", false))
			.satisfies(ex -> assertThat(ex.listed()).extracting(BookedVisit::appointmentId)
				.containsExactly("appt-9", "appt-11"));

		verify(this.schedules, never()).write(any(), any(), any());
	}

	@Test
	void aForcedRetirementIsStoredRetiredWithTheWithdrawalOfEveryBookingInOneWrite() {
		this.changes.retire("doctor-1", true);

		ArgumentCaptor<DoctorAvailability> next = ArgumentCaptor.captor();
		ArgumentCaptor<List<PendingEvent>> events = ArgumentCaptor.captor();
		verify(this.schedules).write(next.capture(), eq(this.stored), events.capture());
		assertThat(next.getValue().retired()).isTrue();
		assertThat(events.getValue()).singleElement().satisfies(event -> {
			ScheduleBookingsWithdrawn withdrawn = (ScheduleBookingsWithdrawn) EventJson.read(event.payload())
				.orElseThrow();
			assertThat(withdrawn.appointmentIds()).containsExactly("appt-9", "appt-11");
			assertThat(withdrawn.reason()).isEqualTo("doctor-unavailable");
		});
	}

	@Test
	void retiringAgainOrWithoutAScheduleStoresNothing() {
		given(this.schedules.load("doctor-1"))
			.willReturn(Optional.of(new Stored(this.stored.orElseThrow().availability().retire(), 5L)));
		this.changes.retire("doctor-1", false);
		given(this.schedules.load("doctor-2")).willReturn(Optional.empty());
		this.changes.retire("doctor-2", false);

		verify(this.schedules, never()).write(any(), any(), any());
	}

}
