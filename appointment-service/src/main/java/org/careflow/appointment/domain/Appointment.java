package org.careflow.appointment.domain;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.careflow.events.AppointmentBooked;
import org.careflow.events.AppointmentCancelled;
import org.careflow.events.AppointmentCheckedIn;
import org.careflow.events.AppointmentEnteredInError;
import org.careflow.events.AppointmentFulfilled;
import org.careflow.events.AppointmentNoShow;
import org.careflow.events.AppointmentRescheduled;
import org.careflow.events.CareFlowEvent;
import org.careflow.events.VisitUpdated;

/**
 * A patient's appointment with a doctor, its visit record and its full status history.
 * Each change raises the event that reports it, to be stored in the same write.
 */
public final class Appointment {

	/** Why an appointment replaced by another is cancelled. */
	public static final String RESCHEDULED = "rescheduled";

	/** Why CareFlow cancels an appointment when an admin withdraws the doctor's time. */
	public static final String DOCTOR_UNAVAILABLE = "doctor unavailable";

	/** Why CareFlow cancels the appointments ahead of a patient an admin deactivated. */
	public static final String PATIENT_DEACTIVATED = "patient deactivated";

	/**
	 * Why CareFlow cancels the new appointment of a reschedule whose original changed
	 * before it could be replaced.
	 */
	public static final String RESCHEDULE_UNDONE = "reschedule not completed";

	private final String id;

	private final String patientId;

	private final String doctorId;

	private final Instant start;

	private final Instant end;

	private final String timeZone;

	private final String reason;

	private final Long version;

	private final List<StatusChange> history;

	private final List<CareFlowEvent> raised = new ArrayList<>();

	private AppointmentStatus status;

	private String cancellationReason;

	private Visit visit;

	private final String replaces;

	private String replacedBy;

	private final String overbookReason;

	private Appointment(Snapshot snapshot) {
		this.id = Objects.requireNonNull(snapshot.id());
		this.patientId = Objects.requireNonNull(snapshot.patientId());
		this.doctorId = Objects.requireNonNull(snapshot.doctorId());
		this.start = Objects.requireNonNull(snapshot.start());
		this.end = Objects.requireNonNull(snapshot.end());
		this.timeZone = snapshot.timeZone();
		this.reason = snapshot.reason();
		this.status = Objects.requireNonNull(snapshot.status());
		this.cancellationReason = snapshot.cancellationReason();
		this.visit = snapshot.visit();
		this.history = new ArrayList<>(snapshot.history());
		this.version = snapshot.version();
		this.replaces = snapshot.replaces();
		this.replacedBy = snapshot.replacedBy();
		this.overbookReason = snapshot.overbookReason();
	}

	/**
	 * Checked before the slot is claimed, so a request for the past costs nothing.
	 * @throws AppointmentRuleException if {@code start} is not in the future
	 */
	public static void requireFuture(Instant start, Instant now) {
		if (!start.isAfter(now)) {
			throw new AppointmentRuleException("The appointment start " + start + " is in the past.");
		}
	}

	/** A patient books a slot the scheduling service has claimed for this appointment. */
	public static Appointment book(String id, String patientId, BookedSlot slot, String reason, Instant now) {
		requireFuture(slot.start(), now);
		Appointment appointment = new Appointment(new Snapshot(id, patientId, slot.doctorId(), slot.start(), slot.end(),
				slot.timeZone(), reason, AppointmentStatus.BOOKED, null, null,
				List.of(StatusChange.booked(now, patientId)), null, null, null, null));
		// no free text in events: the reason stays here, where access to it is audited
		appointment.raised
			.add(AppointmentBooked.of(id, patientId, slot.doctorId(), slot.start(), slot.end(), slot.timeZone()));
		return appointment;
	}

	/**
	 * An admin, or the doctor on their own calendar, books an extra patient into a slot
	 * another appointment holds, deliberately and saying why. It claims no slot of its
	 * own (its booking event says {@code overbooked}), so cancelling it frees nothing.
	 * @throws ActionNotAllowedException for anyone else
	 * @throws AppointmentRuleException if the slot has begun
	 */
	public static Appointment overbook(String id, String patientId, BookedSlot slot, String reason, Actor by,
			String why, Instant now) {
		requireMayOverbook(by, slot.doctorId());
		requireFuture(slot.start(), now);
		Appointment appointment = new Appointment(new Snapshot(id, patientId, slot.doctorId(), slot.start(), slot.end(),
				slot.timeZone(), reason, AppointmentStatus.BOOKED, null, null,
				List.of(new StatusChange(AppointmentStatus.BOOKED, now, by.id(), null, "overbooked: " + why)), null,
				null, null, why));
		appointment.raised.add(AppointmentBooked.overbooked(id, patientId, slot.doctorId(), slot.start(), slot.end(),
				slot.timeZone()));
		return appointment;
	}

	/**
	 * Checked first, so that nobody else learns anything about the slot.
	 * @throws ActionNotAllowedException unless an admin, or that doctor
	 */
	public static void requireMayOverbook(Actor by, String doctorId) {
		if (!by.isAdmin() && !(by.isDoctor() && by.id().equals(doctorId))) {
			throw new ActionNotAllowedException("Only an admin, or the doctor on their own calendar, may overbook.");
		}
	}

	public static Appointment restore(Snapshot snapshot) {
		return new Appointment(snapshot);
	}

	/** Only its patient and its doctor know the appointment exists. */
	public boolean isVisibleTo(Actor actor) {
		return actor.id().equals(this.patientId) || actor.id().equals(this.doctorId);
	}

	/**
	 * A nurse works on the appointments of the day: those due today in the doctor's time
	 * zone, cancelled or not (recording on a cancelled one is then refused as a rule).
	 * Any other appointment does not exist for a nurse. When departments exist, the rule
	 * narrows to the nurse's department.
	 */
	public boolean isOpenToNurseAt(Instant now) {
		ZoneId zone = zone();
		// today's bounds come from now, so no start, however far off, is ever converted
		ZonedDateTime today = LocalDate.ofInstant(now, zone).atStartOfDay(zone);
		return !this.start.isBefore(today.toInstant()) && this.start.isBefore(today.plusDays(1).toInstant());
	}

	/**
	 * Who may record the visit and so learn the appointment exists: its doctor, and a
	 * nurse on the day it is due.
	 */
	public boolean isOpenForVisitBy(Actor actor, Instant now) {
		return isVisibleTo(actor) || (actor.isNurse() && isOpenToNurseAt(now));
	}

	/**
	 * Its patient or its doctor cancels a booked appointment. The event frees the slot at
	 * the scheduling service; the service frees it at once besides (see
	 * {@link #freesABookableSlotAt}).
	 * @throws AppointmentConflictException if it is no longer booked (cancelled, arrived,
	 * fulfilled, no-show)
	 * @throws AppointmentRuleException if its visit was recorded: it took place
	 */
	public void cancel(Actor actor, String why, Instant now) {
		if (!isVisibleTo(actor)) {
			throw new ActionNotAllowedException("Only the patient or the doctor may cancel the appointment.");
		}
		if (this.status == AppointmentStatus.CANCELLED) {
			throw new AppointmentConflictException("The appointment is already cancelled.");
		}
		requireMayBecome(AppointmentStatus.CANCELLED);
		if (this.visit != null) {
			throw new AppointmentRuleException(
					"The visit was recorded, so the appointment took place; it cannot be cancelled.");
		}
		this.cancellationReason = why;
		move(AppointmentStatus.CANCELLED, actor, why, now);
		this.raised
			.add(AppointmentCancelled.of(this.id, this.patientId, this.doctorId, this.start, this.end, this.timeZone));
	}

	/**
	 * Checked before a new slot is claimed: its patient, its doctor or an admin may move
	 * a booked appointment to another start.
	 * @throws ActionNotAllowedException for anyone else
	 * @throws AppointmentConflictException if it is no longer booked
	 * @throws AppointmentRuleException if it is already at that start
	 */
	public void requireReschedulableBy(Actor actor, Instant newStart) {
		if (!isVisibleTo(actor) && !actor.isAdmin()) {
			throw new ActionNotAllowedException("Only the patient, the doctor or an admin may reschedule.");
		}
		requireMayBecome(AppointmentStatus.CANCELLED);
		if (this.status != AppointmentStatus.BOOKED) {
			throw new AppointmentConflictException(
					"The appointment's status is " + this.status.code() + "; only a booked one can be rescheduled.");
		}
		if (newStart.equals(this.start)) {
			throw new AppointmentRuleException("The appointment already starts at " + newStart + ".");
		}
	}

	/**
	 * Moves this booked appointment to {@code slot}, which scheduling has claimed for the
	 * new appointment {@code newId}. The new appointment is booked, points back here and
	 * raises {@code appointment.rescheduled}; this one becomes cancelled with reason
	 * {@value #RESCHEDULED} and points to it, raising nothing (the new appointment's
	 * event frees its slot).
	 * @return the new appointment, to be stored before this one
	 */
	public Appointment rescheduleTo(String newId, BookedSlot slot, Actor actor, Instant now) {
		requireReschedulableBy(actor, slot.start());
		if (!slot.doctorId().equals(this.doctorId)) {
			throw new AppointmentRuleException("A reschedule keeps the doctor.");
		}
		requireFuture(slot.start(), now);
		Appointment next = new Appointment(new Snapshot(newId, this.patientId, this.doctorId, slot.start(), slot.end(),
				slot.timeZone(), this.reason, AppointmentStatus.BOOKED, null, null,
				List.of(new StatusChange(AppointmentStatus.BOOKED, now, actor.id(), null, RESCHEDULED)), null, this.id,
				null, null));
		next.raised.add(AppointmentRescheduled.of(newId, this.patientId, this.doctorId, slot.start(), slot.end(),
				slot.timeZone(), this.id, this.start, this.end));
		markReplacedBy(newId, actor, now);
		return next;
	}

	/**
	 * This appointment is replaced by {@code newId}, already stored: cancelled with
	 * reason {@value #RESCHEDULED}. Also how a reschedule interrupted between its two
	 * writes is finished.
	 * @throws AppointmentConflictException if it is no longer booked
	 */
	public void markReplacedBy(String newId, Actor actor, Instant now) {
		requireMayBecome(AppointmentStatus.CANCELLED);
		this.cancellationReason = RESCHEDULED;
		this.replacedBy = newId;
		move(AppointmentStatus.CANCELLED, actor, RESCHEDULED, now);
	}

	/**
	 * CareFlow cancels a booked appointment, for a reason no person gave: the doctor is
	 * unavailable after all (an admin forced leave or shorter hours over it,
	 * {@value #DOCTOR_UNAVAILABLE}), the patient was deactivated
	 * ({@value #PATIENT_DEACTIVATED}), or it was the new appointment of a reschedule that
	 * could not be completed ({@value #RESCHEDULE_UNDONE}). Its patient is told. Nothing
	 * happens to an appointment no longer booked.
	 * @return whether it was cancelled now (and raised {@code appointment.cancelled})
	 */
	public boolean withdraw(String why, Instant now) {
		if (this.status != AppointmentStatus.BOOKED) {
			return false;
		}
		this.cancellationReason = why;
		move(AppointmentStatus.CANCELLED, Actor.CAREFLOW, why, now);
		this.raised
			.add(AppointmentCancelled.of(this.id, this.patientId, this.doctorId, this.start, this.end, this.timeZone));
		return true;
	}

	/**
	 * It should never have existed — booked for the wrong patient, a duplicate: an admin
	 * or its doctor says so, with a reason, from any status (FHIR
	 * {@code entered-in-error}). The record stays, with its history; a slot it held is
	 * given back.
	 * @throws ActionNotAllowedException for anyone else
	 * @throws AppointmentConflictException if it is marked already
	 */
	public void enterInError(Actor actor, String why, Instant now) {
		if (!actor.isAdmin() && !isItsDoctor(actor)) {
			throw new ActionNotAllowedException(
					"Only an admin or the appointment's doctor may mark it entered in error.");
		}
		requireMayBecome(AppointmentStatus.ENTERED_IN_ERROR);
		move(AppointmentStatus.ENTERED_IN_ERROR, actor, why, now);
		this.raised.add(AppointmentEnteredInError.of(this.id, this.patientId, this.doctorId, this.start, this.end,
				this.timeZone));
	}

	/**
	 * The patient has arrived: checked in by a nurse, an admin or the appointment's
	 * doctor, from {@code opensBefore} the start until the end.
	 * @throws ActionNotAllowedException for anyone else (its patient included)
	 * @throws AppointmentConflictException if it is not booked (already arrived,
	 * cancelled, ...)
	 * @throws AppointmentRuleException outside the check-in window
	 */
	public void checkIn(Actor actor, Duration opensBefore, Instant now) {
		if (!runsTheDay(actor)) {
			throw new ActionNotAllowedException("Patients are checked in by a nurse, an admin or their doctor.");
		}
		requireMayBecome(AppointmentStatus.ARRIVED);
		if (now.isBefore(this.start.minus(opensBefore)) || now.isAfter(this.end)) {
			throw new AppointmentRuleException("Check-in is open from " + opensBefore.toMinutes()
					+ " minutes before the start (" + this.start + ") until the end (" + this.end + ").");
		}
		move(AppointmentStatus.ARRIVED, actor, null, now);
		this.raised.add(AppointmentCheckedIn.of(this.id, this.patientId, this.doctorId, this.start));
	}

	/**
	 * Its doctor has seen the patient and closes the appointment.
	 * @throws ActionNotAllowedException for anyone but its doctor
	 * @throws AppointmentConflictException unless the patient arrived (checked in)
	 */
	public void complete(Actor actor, Instant now) {
		if (!isItsDoctor(actor)) {
			throw new ActionNotAllowedException("Only the appointment's doctor may complete it.");
		}
		if (this.status == AppointmentStatus.BOOKED) {
			throw new AppointmentConflictException("The patient has not been checked in; check them in first.");
		}
		requireMayBecome(AppointmentStatus.FULFILLED);
		move(AppointmentStatus.FULFILLED, actor, null, now);
		this.raised.add(AppointmentFulfilled.of(this.id, this.patientId, this.doctorId, this.start));
	}

	/**
	 * The patient did not come: marked by a nurse, an admin or its doctor once the
	 * appointment has started. CareFlow marks it itself after a grace period
	 * ({@link #lapseIfNotArrived}).
	 * @throws ActionNotAllowedException for anyone else
	 * @throws AppointmentConflictException if it is not booked
	 * @throws AppointmentRuleException before the start
	 */
	public void markNoShow(Actor actor, Instant now) {
		if (!runsTheDay(actor)) {
			throw new ActionNotAllowedException("A no-show is marked by a nurse, an admin or the doctor.");
		}
		requireMayBecome(AppointmentStatus.NOSHOW);
		if (now.isBefore(this.start)) {
			throw new AppointmentRuleException(
					"A no-show can be marked once the appointment has started (" + this.start + ").");
		}
		move(AppointmentStatus.NOSHOW, actor, null, now);
		this.raised
			.add(AppointmentNoShow.of(this.id, this.patientId, this.doctorId, this.start, this.end, this.timeZone));
	}

	/**
	 * CareFlow itself marks a no-show: the patient was not checked in by {@code grace}
	 * after the start. Nothing happens to an appointment no longer booked (checked in,
	 * cancelled, already marked) or whose grace has not passed.
	 * @return whether it became a no-show (and raised {@code appointment.noshow})
	 */
	public boolean lapseIfNotArrived(Duration grace, Instant now) {
		if (this.status != AppointmentStatus.BOOKED || now.isBefore(arrivalDeadline(grace))) {
			return false;
		}
		move(AppointmentStatus.NOSHOW, Actor.CAREFLOW,
				"not checked in within " + grace.toMinutes() + " minutes of the start", now);
		this.raised
			.add(AppointmentNoShow.of(this.id, this.patientId, this.doctorId, this.start, this.end, this.timeZone));
		return true;
	}

	/** When an appointment not checked in by then becomes a no-show. */
	public Instant arrivalDeadline(Duration grace) {
		return this.start.plus(grace);
	}

	/**
	 * Who runs the day of an appointment and so may see that it exists for check-in and
	 * no-show: its doctor, an admin, and a nurse on the day it is due.
	 */
	public boolean isOpenToStaffAt(Actor actor, Instant now) {
		return isItsDoctor(actor) || actor.isAdmin() || (actor.isNurse() && isOpenToNurseAt(now));
	}

	/**
	 * The appointment's doctor records vitals and notes; a nurse records vitals only, on
	 * the day the appointment is due.
	 * @throws ActionNotAllowedException for anyone else, a nurse sending notes, or a
	 * nurse on another day
	 * @throws AppointmentRuleException if the appointment is cancelled or a no-show, or
	 * booked and not started yet (the patient is not there: check them in first)
	 */
	public void recordVisit(Actor actor, VisitEntry entry, Instant now) {
		if (!isItsDoctor(actor)) {
			if (!actor.isNurse()) {
				throw new ActionNotAllowedException("Only the appointment's doctor or a nurse may record the visit.");
			}
			if (entry.hasNotes()) {
				throw new ActionNotAllowedException("Nurses record vital signs; notes are for the doctor.");
			}
			if (!isOpenToNurseAt(now)) {
				throw new ActionNotAllowedException("Nurses record vital signs on the day of the appointment.");
			}
		}
		if (this.status == AppointmentStatus.CANCELLED || this.status == AppointmentStatus.NOSHOW
				|| this.status == AppointmentStatus.ENTERED_IN_ERROR) {
			throw new AppointmentRuleException("A " + this.status.code() + " appointment has no visit to record.");
		}
		if (this.status == AppointmentStatus.BOOKED && now.isBefore(this.start)) {
			throw new AppointmentRuleException("The visit can be recorded once the patient is checked in or the "
					+ "appointment has started (" + this.start + ").");
		}
		this.visit = Visit.merge(this.visit, entry, actor.id(), now);
		this.raised.add(VisitUpdated.of(this.id, this.patientId, this.doctorId));
	}

	/**
	 * The slot this appointment occupies while it is active, {@code null} once cancelled;
	 * a unique index on it is the second guard against double booking.
	 */
	public String slotKey() {
		if (this.status == AppointmentStatus.CANCELLED || this.status == AppointmentStatus.ENTERED_IN_ERROR) {
			return null;
		}
		String slot = this.doctorId + "|" + this.start;
		// an overbooked appointment shares the slot with the one that holds it
		return (this.overbookReason != null) ? slot + "|overbooked|" + this.id : slot;
	}

	/**
	 * Whether this appointment, cancelled, gives back a slot someone could still book:
	 * one that has not begun (no one can book the others). Only such a slot is worth
	 * freeing at once, before the cancellation event does. An overbooked appointment
	 * never held the slot: its cancellation frees nothing.
	 */
	public boolean freesABookableSlotAt(Instant now) {
		return (this.status == AppointmentStatus.CANCELLED || this.status == AppointmentStatus.ENTERED_IN_ERROR)
				&& this.start.isAfter(now) && this.overbookReason == null;
	}

	private boolean isItsDoctor(Actor actor) {
		return actor.isDoctor() && actor.id().equals(this.doctorId);
	}

	private boolean runsTheDay(Actor actor) {
		return isItsDoctor(actor) || actor.isAdmin() || actor.isNurse();
	}

	private void requireMayBecome(AppointmentStatus next) {
		if (!this.status.mayBecome(next)) {
			throw new AppointmentConflictException(
					"The appointment's status is " + this.status.code() + "; it cannot become " + next.code() + ".");
		}
	}

	private void move(AppointmentStatus next, Actor actor, String why, Instant now) {
		this.history.add(new StatusChange(next, now, actor.id(), this.status, why));
		this.status = next;
	}

	/** The slot it was booked in. */
	public BookedSlot slot() {
		return new BookedSlot(this.doctorId, this.start, this.end, this.timeZone);
	}

	/** Events raised since this object was loaded or created, oldest first. */
	public List<CareFlowEvent> raisedEvents() {
		return List.copyOf(this.raised);
	}

	public Snapshot snapshot() {
		return new Snapshot(this.id, this.patientId, this.doctorId, this.start, this.end, this.timeZone, this.reason,
				this.status, this.cancellationReason, this.visit, List.copyOf(this.history), this.version,
				this.replaces, this.replacedBy, this.overbookReason);
	}

	public String id() {
		return this.id;
	}

	public String patientId() {
		return this.patientId;
	}

	public String doctorId() {
		return this.doctorId;
	}

	public Instant start() {
		return this.start;
	}

	public Instant end() {
		return this.end;
	}

	/** When the patient was checked in, or {@code null}. */
	public Instant checkedInAt() {
		return this.history.stream()
			.filter((step) -> step.status() == AppointmentStatus.ARRIVED)
			.map(StatusChange::at)
			.findFirst()
			.orElse(null);
	}

	/**
	 * Whether it starts on {@code date} in the doctor's time zone (the zone scheduling
	 * confirmed; UTC if unknown).
	 */
	public boolean startsOn(LocalDate date) {
		return LocalDate.ofInstant(this.start, zone()).equals(date);
	}

	/** The appointment this one replaces, or {@code null}. */
	public String replaces() {
		return this.replaces;
	}

	public AppointmentStatus status() {
		return this.status;
	}

	/**
	 * The doctor's zone, as scheduling confirmed it; UTC for an appointment stored
	 * without one (or with a zone this JVM does not know), so "today" is always defined.
	 */
	private ZoneId zone() {
		if (this.timeZone == null) {
			return ZoneOffset.UTC;
		}
		try {
			return ZoneId.of(this.timeZone);
		}
		catch (DateTimeException unknownZone) {
			return ZoneOffset.UTC;
		}
	}

	/**
	 * The full state of an appointment, for storage and responses.
	 *
	 * @param version the stored version this state was read at; {@code null} if new
	 * @param replaces the appointment this one was rescheduled from, if any
	 * @param replacedBy the appointment this one was rescheduled to, if any
	 * @param overbookReason why it was booked into a taken slot (FHIR
	 * {@code Slot.overbooked}); {@code null} for an ordinary booking
	 */
	public record Snapshot(String id, String patientId, String doctorId, Instant start, Instant end, String timeZone,
			String reason, AppointmentStatus status, String cancellationReason, Visit visit, List<StatusChange> history,
			Long version, String replaces, String replacedBy, String overbookReason) {

		/** Whether an admin or its doctor booked it deliberately into a taken slot. */
		public boolean overbooked() {
			return this.overbookReason != null;
		}
	}

}
