package org.careflow.appointment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.careflow.events.AppointmentBooked;
import org.careflow.events.AppointmentCancelled;
import org.careflow.events.CareFlowEvent;
import org.careflow.events.VisitUpdated;

/**
 * A patient's appointment with a doctor, its visit record and its full status history.
 * Each change raises the event that reports it, to be stored in the same write.
 */
public final class Appointment {

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
				List.of(new StatusChange(AppointmentStatus.BOOKED, now, patientId)), null));
		appointment.raised.add(AppointmentBooked.of(id, patientId, slot.doctorId(), slot.start(), slot.end(),
				slot.timeZone(), reason));
		return appointment;
	}

	public static Appointment restore(Snapshot snapshot) {
		return new Appointment(snapshot);
	}

	/** Only its patient and its doctor know the appointment exists. */
	public boolean isVisibleTo(Actor actor) {
		return actor.id().equals(this.patientId) || actor.id().equals(this.doctorId);
	}

	/**
	 * Its patient or its doctor cancels; the slot is freed by the event.
	 * @throws AppointmentConflictException if it is already cancelled
	 * @throws AppointmentRuleException if its visit was recorded: it took place
	 */
	public void cancel(Actor actor, String why, Instant now) {
		if (!isVisibleTo(actor)) {
			throw new ActionNotAllowedException("Only the patient or the doctor may cancel the appointment.");
		}
		if (this.status == AppointmentStatus.CANCELLED) {
			throw new AppointmentConflictException("The appointment is already cancelled.");
		}
		if (this.visit != null) {
			throw new AppointmentRuleException(
					"The visit was recorded, so the appointment took place; it cannot be cancelled.");
		}
		this.status = AppointmentStatus.CANCELLED;
		this.cancellationReason = why;
		this.history.add(new StatusChange(AppointmentStatus.CANCELLED, now, actor.id()));
		this.raised.add(AppointmentCancelled.of(this.id, this.patientId, this.doctorId, this.start, this.end,
				this.timeZone, why));
	}

	/**
	 * The appointment's doctor records vitals and notes; any nurse records vitals only.
	 * @throws ActionNotAllowedException for anyone else, or a nurse sending notes
	 * @throws AppointmentRuleException if the appointment is cancelled
	 */
	public void recordVisit(Actor actor, VisitEntry entry, Instant now) {
		boolean itsDoctor = actor.isDoctor() && actor.id().equals(this.doctorId);
		if (!itsDoctor) {
			if (!actor.isNurse()) {
				throw new ActionNotAllowedException("Only the appointment's doctor or a nurse may record the visit.");
			}
			if (entry.hasNotes()) {
				throw new ActionNotAllowedException("Nurses record vital signs; notes are for the doctor.");
			}
		}
		if (this.status == AppointmentStatus.CANCELLED) {
			throw new AppointmentRuleException("A cancelled appointment has no visit to record.");
		}
		this.visit = Visit.merge(this.visit, entry, actor.id(), now);
		this.raised.add(VisitUpdated.of(this.id, this.patientId, this.doctorId));
	}

	/**
	 * The slot this appointment occupies while it is active, {@code null} once cancelled;
	 * a unique index on it is the second guard against double booking.
	 */
	public String slotKey() {
		return (this.status == AppointmentStatus.CANCELLED) ? null : this.doctorId + "|" + this.start;
	}

	/** Events raised since this object was loaded or created, oldest first. */
	public List<CareFlowEvent> raisedEvents() {
		return List.copyOf(this.raised);
	}

	public Snapshot snapshot() {
		return new Snapshot(this.id, this.patientId, this.doctorId, this.start, this.end, this.timeZone, this.reason,
				this.status, this.cancellationReason, this.visit, List.copyOf(this.history), this.version);
	}

	public String id() {
		return this.id;
	}

	public AppointmentStatus status() {
		return this.status;
	}

	/**
	 * The full state of an appointment, for storage and responses.
	 *
	 * @param version the stored version this state was read at; {@code null} if new
	 */
	public record Snapshot(String id, String patientId, String doctorId, Instant start, Instant end, String timeZone,
			String reason, AppointmentStatus status, String cancellationReason, Visit visit, List<StatusChange> history,
			Long version) {
	}

}
