package org.careflow.scheduling.availability;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.careflow.events.ScheduleBookingsWithdrawn;
import org.careflow.events.ScheduleSlotsOpened;
import org.careflow.events.ScheduleSlotsOpened.OpenedSlot;
import org.careflow.events.Topics;
import org.careflow.platform.outbox.PendingEvent;
import org.careflow.scheduling.availability.Bookings.BookedVisit;
import org.careflow.scheduling.availability.Schedules.Stored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Changes a doctor's availability (weekly hours and rules, exceptions) without orphaning
 * booked appointments silently: a change that takes away time a booking stands in is
 * refused (409) unless an admin forces it, and then it is stored together with a
 * {@code schedule.bookings-withdrawn} event in one single-document write. A change that
 * makes slots free is stored with {@code schedule.slots-opened} events listing them, in
 * the same way, so the waitlist hears of them even when Kafka is down meanwhile.
 * <p>
 * A claim made while the change is being stored could slip between the look at the
 * bookings and the write. So both sides write first and look second: a claim re-reads the
 * availability after its insert, and a change looks at the bookings again after its
 * write; at least one of them sees the other. A change that finds a late booking in its
 * way puts back what it replaced (unforced) or withdraws that booking too (forced).
 */
@Service
public class ScheduleChanges {

	private static final Logger log = LoggerFactory.getLogger(ScheduleChanges.class);

	private static final int ATTEMPTS = 3;

	private final Schedules schedules;

	private final Bookings bookings;

	private final Clock clock;

	ScheduleChanges(Schedules schedules, Bookings bookings, Clock clock) {
		this.schedules = schedules;
		this.bookings = bookings;
		this.clock = clock;
	}

	/** Sets the weekly hours and booking rules; the exceptions stay. */
	public DoctorAvailability put(String doctorId, WeeklySchedule weekly, BookingRules rules, boolean force) {
		return apply(doctorId, current -> current.map(availability -> availability.withHours(weekly, rules))
			.orElseGet(() -> DoctorAvailability.of(weekly, rules, List.of())), force);
	}

	/**
	 * Adds the exception {@code build} makes of the current availability (which it
	 * validates against), with a new id.
	 * @throws ScheduleNotFoundException if the doctor has no schedule
	 */
	public ScheduleException addException(String doctorId, ExceptionFactory build, boolean force) {
		String id = UUID.randomUUID().toString();
		DoctorAvailability stored = apply(doctorId, current -> {
			DoctorAvailability availability = current.orElseThrow(() -> new ScheduleNotFoundException(doctorId));
			Instant now = this.clock.instant();
			return availability.withException(build.of(id, availability, now), now);
		}, force);
		return stored.exceptions().stream().filter(exception -> exception.id().equals(id)).findFirst().orElseThrow();
	}

	/**
	 * @throws ExceptionNotFoundException if the doctor has no such exception
	 */
	public void removeException(String doctorId, String exceptionId, boolean force) {
		apply(doctorId, current -> current.flatMap(availability -> availability.withoutException(exceptionId))
			.orElseThrow(() -> new ExceptionNotFoundException(exceptionId)), force);
	}

	/**
	 * Retires the doctor: from now on no slot of theirs is offered, held or claimed.
	 * Their upcoming bookings are in the way as of any change that takes their time away:
	 * 409 unless forced, and forced they are withdrawn
	 * ({@code schedule.bookings-withdrawn}, {@code doctor-unavailable}) in the same
	 * write. Nothing to do for a doctor retired already or without a schedule (who has no
	 * slots and no bookings).
	 */
	public void retire(String doctorId, boolean force) {
		if (this.schedules.load(doctorId).map(current -> current.availability().retired()).orElse(true)) {
			return;
		}
		apply(doctorId, current -> current.map(DoctorAvailability::retire)
			.orElseThrow(() -> new ScheduleNotFoundException(doctorId)), force);
	}

	/**
	 * The doctor's exceptions that have not ended, at most
	 * {@value DoctorAvailability#MAX_EXCEPTIONS}.
	 */
	public List<ScheduleException> upcomingExceptions(String doctorId) {
		Instant now = this.clock.instant();
		return this.schedules.find(doctorId).map(availability -> availability.upcoming(now)).orElse(List.of());
	}

	private DoctorAvailability apply(String doctorId, Function<Optional<DoctorAvailability>, DoctorAvailability> change,
			boolean force) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Optional<Stored> previous = this.schedules.load(doctorId);
			DoctorAvailability next = change.apply(previous.map(Stored::availability));
			Instant now = this.clock.instant();
			List<BookedVisit> affected = outside(next, this.bookings.upcoming(doctorId, now));
			requireAllowed(affected, force);
			List<PendingEvent> events = new ArrayList<>(withdrawals(doctorId, affected));
			events.addAll(openings(previous, next, now));
			if (!this.schedules.write(next, previous, events)) {
				continue;
			}
			settleLateBookings(next, previous, affected, force);
			if (!affected.isEmpty()) {
				log.info("Schedule of doctor {} changed by force; {} booked appointments withdrawn", doctorId,
						affected.size());
			}
			return next;
		}
		throw new ConcurrentScheduleChangeException();
	}

	private static void requireAllowed(List<BookedVisit> affected, boolean force) {
		if (affected.isEmpty()) {
			return;
		}
		if (!force) {
			throw new ScheduleConflictException(affected);
		}
		if (affected.size() > ScheduleBookingsWithdrawn.MAX_APPOINTMENTS) {
			throw new TooManyWithdrawalsException(affected.size());
		}
	}

	/** Bookings made while the change was written (see the class comment). */
	private void settleLateBookings(DoctorAvailability next, Optional<Stored> previous, List<BookedVisit> affected,
			boolean force) {
		String doctorId = next.doctorId();
		Set<String> known = affected.stream().map(BookedVisit::appointmentId).collect(Collectors.toSet());
		List<BookedVisit> late = outside(next, this.bookings.upcoming(doctorId, this.clock.instant())).stream()
			.filter(visit -> !known.contains(visit.appointmentId()))
			.toList();
		if (late.isEmpty()) {
			return;
		}
		if (force) {
			this.schedules.append(doctorId, withdrawals(doctorId, late));
			log.info("Schedule of doctor {}: {} appointments booked during the change withdrawn too", doctorId,
					late.size());
			return;
		}
		long written = previous.map(Stored::written).orElse(1L);
		if (this.schedules.restore(doctorId, previous, written)) {
			throw new ScheduleConflictException(late);
		}
		log.warn("Schedule of doctor {} changed again while a change was taken back; {} bookings to check", doctorId,
				late.size());
	}

	private static List<BookedVisit> outside(DoctorAvailability availability, List<BookedVisit> upcoming) {
		return upcoming.stream().filter(visit -> !availability.covers(visit.start(), visit.end())).toList();
	}

	/** One event per {@value ScheduleBookingsWithdrawn#MAX_APPOINTMENTS} appointments. */
	private static List<PendingEvent> withdrawals(String doctorId, List<BookedVisit> affected) {
		List<PendingEvent> events = new ArrayList<>();
		List<String> ids = affected.stream().map(BookedVisit::appointmentId).toList();
		for (int from = 0; from < ids.size(); from += ScheduleBookingsWithdrawn.MAX_APPOINTMENTS) {
			List<String> chunk = ids.subList(from,
					Math.min(ids.size(), from + ScheduleBookingsWithdrawn.MAX_APPOINTMENTS));
			events.add(PendingEvent.of(Topics.SCHEDULES, ScheduleBookingsWithdrawn.doctorUnavailable(doctorId, chunk)));
		}
		return events;
	}

	/**
	 * The slots the change makes free, announced in the same write as the change. Should
	 * the change be taken back (a booking made under it, see the class comment), the
	 * announcement still goes out: harmless, since whoever acts on it holds or claims the
	 * slot here first, and that is refused off the doctor's hours.
	 */
	private List<PendingEvent> openings(Optional<Stored> previous, DoctorAvailability next, Instant now) {
		OpenedSlots opened = OpenedSlots.of(previous.map(Stored::availability), next, now);
		if (opened.none()) {
			return List.of();
		}
		List<OpenedSlot> slots = opened.lessTaken(this.bookings.taken(next.doctorId(), now))
			.stream()
			.map(slot -> new OpenedSlot(slot.start(), slot.end()))
			.toList();
		List<PendingEvent> events = new ArrayList<>();
		for (int from = 0; from < slots.size(); from += ScheduleSlotsOpened.MAX_SLOTS) {
			List<OpenedSlot> chunk = slots.subList(from, Math.min(slots.size(), from + ScheduleSlotsOpened.MAX_SLOTS));
			events.add(PendingEvent.of(Topics.SCHEDULES, ScheduleSlotsOpened.of(next.doctorId(), chunk)));
		}
		return events;
	}

	/**
	 * Makes an exception, with the given id, valid for the availability it is added to.
	 */
	@FunctionalInterface
	public interface ExceptionFactory {

		ScheduleException of(String id, DoctorAvailability availability, Instant now);

	}

}
