package org.careflow.appointment.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.careflow.appointment.domain.ActionNotAllowedException;
import org.careflow.appointment.domain.Actor;
import org.careflow.appointment.domain.Appointment;
import org.careflow.appointment.domain.AppointmentConflictException;
import org.careflow.appointment.domain.AppointmentRuleException;
import org.careflow.appointment.domain.BookedSlot;
import org.careflow.appointment.domain.VisitEntry;
import org.careflow.appointment.scheduling.SlotClaims;
import org.careflow.platform.web.PageParams;

import org.springframework.stereotype.Service;

/**
 * Use cases of existing appointments: list, read, record the visit, cancel, check in,
 * complete, mark a no-show. Each is audited, refusals included; an appointment the caller
 * may not see is reported as not found, so ids cannot be probed. A cancellation frees its
 * slot at once, once stored.
 */
@Service
public class Appointments {

	/** The furthest any zone's clock is from UTC (Kiribati, +14). */
	private static final Duration WIDEST_UTC_OFFSET = Duration.ofHours(14);

	/**
	 * More than any doctor's day holds (52 hours of 5-minute slots, overbooking
	 * included).
	 */
	static final int MAX_DAY = 1000;

	private final AppointmentStore store;

	private final AppointmentAudit audit;

	private final SlotClaims slots;

	private final LifecycleProperties lifecycle;

	private final Clock clock;

	Appointments(AppointmentStore store, AppointmentAudit audit, SlotClaims slots, LifecycleProperties lifecycle,
			Clock clock) {
		this.store = store;
		this.audit = audit;
		this.slots = slots;
		this.lifecycle = lifecycle;
		this.clock = clock;
	}

	/**
	 * A page of the caller's appointments (a doctor's, else a patient's own), sorted by
	 * start, with the first item of the next page if there is one.
	 */
	public List<Appointment> mine(Actor actor, PageParams paging) {
		List<Appointment> fetched = actor.isDoctor()
				? this.store.ofDoctor(actor.id(), paging.offset(), paging.fetchSize())
				: this.store.ofPatient(actor.id(), paging.offset(), paging.fetchSize());
		this.audit.listed(actor,
				fetched.stream().limit(paging.pageSize()).map(Appointment::patientId).distinct().toList());
		return fetched;
	}

	/**
	 * The appointments of a doctor's day, in the doctor's time zone, by start: for that
	 * doctor, nurses and admins (the front desk). Every status is listed, so the board
	 * shows cancellations and no-shows too.
	 * @throws ActionNotAllowedException for anyone else
	 */
	public List<Appointment> doctorsDay(Actor actor, String doctorId, LocalDate date) {
		if (!actor.isAdmin() && !actor.isNurse() && !(actor.isDoctor() && actor.id().equals(doctorId))) {
			throw new ActionNotAllowedException("A doctor's day is open to that doctor, nurses and admins.");
		}
		// widened by the furthest UTC offsets: the day in any zone lies inside
		Instant from = date.atStartOfDay(ZoneOffset.UTC).toInstant().minus(WIDEST_UTC_OFFSET);
		Instant to = date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().plus(WIDEST_UTC_OFFSET);
		List<Appointment> day = this.store.ofDoctorBetween(doctorId, from, to, MAX_DAY)
			.stream()
			.filter((appointment) -> appointment.startsOn(date))
			.toList();
		this.audit.listed(actor, day.stream().map(Appointment::patientId).distinct().toList());
		return day;
	}

	/**
	 * A page of a patient's appointments, newest first: for the patient, their doctors
	 * (any doctor the patient has or had an appointment with) and admins.
	 * @throws ActionNotAllowedException for anyone else
	 */
	public List<Appointment> history(Actor actor, String patientId, PageParams paging) {
		boolean allowed = actor.id().equals(patientId) || actor.isAdmin()
				|| (actor.isDoctor() && this.store.isDoctorOf(actor.id(), patientId));
		if (!allowed) {
			this.audit.listDenied(actor, patientId);
			throw new ActionNotAllowedException(
					"A patient's history is open to the patient, their doctors and admins.");
		}
		List<Appointment> fetched = this.store.historyOfPatient(patientId, paging.offset(), paging.fetchSize());
		this.audit.listed(actor, List.of(patientId));
		return fetched;
	}

	/**
	 * Up to {@code limit} of a patient's appointments, newest first, for the export of
	 * everything CareFlow holds about them (patient-service asks, with its own token, for
	 * the patient signed in there). Audited as a listing by that service.
	 */
	public List<Appointment> exportOf(Actor service, String patientId, int limit) {
		List<Appointment> fetched = this.store.historyOfPatient(patientId, 0, limit);
		this.audit.listed(service, List.of(patientId));
		return fetched;
	}

	public Appointment get(String id, Actor actor) {
		Appointment appointment = find(id);
		if (!appointment.isVisibleTo(actor)) {
			throw hidden(actor, AppointmentAudit.READ, appointment);
		}
		this.audit.succeeded(actor, AppointmentAudit.READ, appointment);
		return appointment;
	}

	public Appointment recordVisit(String id, Actor actor, VisitEntry entry) {
		Instant now = this.clock.instant();
		Appointment appointment = find(id);
		if (!appointment.isOpenForVisitBy(actor, now)) {
			throw hidden(actor, AppointmentAudit.UPDATE_VISIT, appointment);
		}
		change(actor, AppointmentAudit.UPDATE_VISIT, appointment, () -> appointment.recordVisit(actor, entry, now));
		return appointment;
	}

	/**
	 * Cancels and stores, then frees the slot at scheduling (at most ~2 s, and never a
	 * failure: if scheduling cannot be reached, the stored cancellation event frees it).
	 */
	public Appointment cancel(String id, Actor actor, String reason) {
		Instant now = this.clock.instant();
		Appointment appointment = find(id);
		if (!appointment.isVisibleTo(actor)) {
			throw hidden(actor, AppointmentAudit.CANCEL, appointment);
		}
		change(actor, AppointmentAudit.CANCEL, appointment, () -> appointment.cancel(actor, reason, now));
		// only once stored: had storing failed, the appointment would still hold its slot
		if (appointment.freesABookableSlotAt(now)) {
			BookedSlot slot = appointment.slot();
			this.slots.release(slot.doctorId(), slot.start(), appointment.id());
		}
		return appointment;
	}

	/**
	 * An admin or its doctor marks it entered in error; a slot it held is freed at once
	 * (its event frees it too).
	 */
	public Appointment enterInError(String id, Actor actor, String reason) {
		Instant now = this.clock.instant();
		Appointment appointment = find(id);
		if (!appointment.isVisibleTo(actor) && !actor.isAdmin()) {
			throw hidden(actor, AppointmentAudit.ENTERED_IN_ERROR, appointment);
		}
		change(actor, AppointmentAudit.ENTERED_IN_ERROR, appointment,
				() -> appointment.enterInError(actor, reason, now));
		if (appointment.freesABookableSlotAt(now)) {
			BookedSlot slot = appointment.slot();
			this.slots.release(slot.doctorId(), slot.start(), appointment.id());
		}
		return appointment;
	}

	/** A nurse, an admin or its doctor checks the patient in. */
	public Appointment checkIn(String id, Actor actor) {
		Instant now = this.clock.instant();
		Appointment appointment = findForStaff(id, actor, AppointmentAudit.CHECK_IN, now);
		change(actor, AppointmentAudit.CHECK_IN, appointment,
				() -> appointment.checkIn(actor, this.lifecycle.checkInOpensBefore(), now));
		return appointment;
	}

	/** Its doctor completes an appointment the patient arrived for. */
	public Appointment complete(String id, Actor actor) {
		Instant now = this.clock.instant();
		Appointment appointment = find(id);
		if (!appointment.isVisibleTo(actor)) {
			throw hidden(actor, AppointmentAudit.COMPLETE, appointment);
		}
		change(actor, AppointmentAudit.COMPLETE, appointment, () -> appointment.complete(actor, now));
		return appointment;
	}

	/** A nurse, an admin or its doctor marks that the patient did not come. */
	public Appointment markNoShow(String id, Actor actor) {
		Instant now = this.clock.instant();
		Appointment appointment = findForStaff(id, actor, AppointmentAudit.NO_SHOW, now);
		change(actor, AppointmentAudit.NO_SHOW, appointment, () -> appointment.markNoShow(actor, now));
		return appointment;
	}

	/**
	 * An appointment for its patient and doctor, and for the staff who run its day; for
	 * anyone else it does not exist.
	 */
	private Appointment findForStaff(String id, Actor actor, String action, Instant now) {
		Appointment appointment = find(id);
		if (!appointment.isVisibleTo(actor) && !appointment.isOpenToStaffAt(actor, now)) {
			throw hidden(actor, action, appointment);
		}
		return appointment;
	}

	private Appointment find(String id) {
		return this.store.find(id).orElseThrow(() -> new AppointmentNotFoundException(id));
	}

	private AppointmentNotFoundException hidden(Actor actor, String action, Appointment appointment) {
		this.audit.denied(actor, action, appointment);
		return new AppointmentNotFoundException(appointment.id());
	}

	/** Applies a domain change and stores it; a refusal by the domain is audited too. */
	private void change(Actor actor, String action, Appointment appointment, Runnable change) {
		try {
			change.run();
		}
		catch (ActionNotAllowedException | AppointmentRuleException | AppointmentConflictException refused) {
			this.audit.denied(actor, action, appointment);
			throw refused;
		}
		this.store.update(appointment);
		this.audit.succeeded(actor, action, appointment);
	}

}
