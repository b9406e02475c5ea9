package org.careflow.scheduling.claims;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.careflow.events.AppointmentBooked;
import org.careflow.events.AppointmentCancelled;
import org.careflow.events.AppointmentEnteredInError;
import org.careflow.events.AppointmentRescheduled;
import org.careflow.scheduling.availability.DoctorAvailability;
import org.careflow.scheduling.availability.Rule;
import org.careflow.scheduling.availability.Schedules;
import org.careflow.scheduling.availability.Slot;
import org.careflow.scheduling.availability.SlotUnavailableException;
import org.careflow.scheduling.claims.ClaimStore.Booked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Claims slots for bookings in progress (turning the patient's hold into the claim when
 * they name it), confirms them when the booking is made and frees them when it is
 * cancelled or moved.
 */
@Service
public class SlotClaims {

	private static final Logger log = LoggerFactory.getLogger(SlotClaims.class);

	private static final int ATTEMPTS = 3;

	private final Schedules schedules;

	private final ClaimStore store;

	private final ProcessedEvents processed;

	private final Clock clock;

	SlotClaims(Schedules schedules, ClaimStore store, ProcessedEvents processed, Clock clock) {
		this.schedules = schedules;
		this.store = store;
		this.processed = processed;
		this.clock = clock;
	}

	/**
	 * Claims the slot for an appointment. The insert itself decides a race; a retry by
	 * the same appointment gets its claim back; an expired hold on the slot is replaced.
	 * @param patientId who the appointment is for, kept as the claim's {@code claimedBy}
	 * @param holdId the patient's hold of this slot, or null: an unexpired hold of the
	 * slot by that patient becomes the claim; an expired or unknown one is ignored
	 * @throws InvalidClaimException if {@code start} is outside the booking horizon
	 * @throws SlotUnavailableException if a booking rule refuses the slot
	 * @throws SlotTakenException if another appointment or hold has the slot, or the hold
	 * named is another patient's or of another slot
	 */
	ClaimResult claim(String doctorId, Instant start, String appointmentId, String patientId, String holdId) {
		Instant now = this.clock.instant();
		Optional<DoctorAvailability> availability = this.schedules.find(doctorId);
		SlotClaim claim = SlotClaim.tentative(availability, start, appointmentId, patientId, now);
		if (holdId != null) {
			Optional<ClaimResult> converted = convertHold(claim, holdId, now);
			if (converted.isPresent()) {
				return converted.get();
			}
		}
		requireBufferKept(availability.get(), claim, now);
		ClaimResult result = insert(claim, now);
		if (result.created()) {
			recheck(claim, now);
		}
		return result;
	}

	private Optional<ClaimResult> convertHold(SlotClaim claim, String holdId, Instant now) {
		SlotClaim existing = this.store.find(claim.key()).orElse(null);
		if (existing != null && existing.heldBy(claim.appointmentId())) {
			return Optional.of(new ClaimResult(existing, false));
		}
		SlotClaim hold = this.store.findHold(holdId).filter(found -> !found.expired(now)).orElse(null);
		if (hold == null) {
			return Optional.empty();
		}
		if (!hold.key().equals(claim.key()) || !hold.claimedBy().equals(claim.claimedBy())) {
			throw new SlotTakenException(claim.key());
		}
		if (!this.store.convertHold(claim.key(), holdId, claim.appointmentId(), now)) {
			// expired and replaced meanwhile: a claim like any other
			return Optional.empty();
		}
		recheck(claim, now);
		log.info("Hold {} became the claim of appointment {}", holdId, claim.appointmentId());
		return Optional.of(new ClaimResult(claim, true));
	}

	/**
	 * Inserts the claim or hold; an expired hold in its way is removed (only if still the
	 * same hold) and the insert tried again.
	 */
	private ClaimResult insert(SlotClaim claim, Instant now) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			try {
				this.store.insert(claim);
				return new ClaimResult(claim, true);
			}
			catch (DuplicateKeyException taken) {
				SlotClaim existing = this.store.find(claim.key()).orElse(null);
				if (existing == null) {
					continue;
				}
				if (existing.heldBy(claim.appointmentId())) {
					return new ClaimResult(existing, false);
				}
				if (!existing.isHold() || !existing.expired(now)) {
					throw new SlotTakenException(claim.key());
				}
				this.store.deleteHold(existing.key(), existing.holdId());
			}
		}
		throw new SlotTakenException(claim.key());
	}

	/**
	 * @throws SlotUnavailableException naming {@link Rule#BUFFER} if a claimed or held
	 * slot lies within the doctor's buffer of this one
	 */
	void requireBufferKept(DoctorAvailability availability, SlotClaim claim, Instant now) {
		List<Slot> near = availability.withinBuffer(claim.slot());
		if (!near.isEmpty() && !this.store.live(near.stream().map(Slot::key).toList(), now).isEmpty()) {
			throw bufferBroken(availability);
		}
	}

	/**
	 * Once written, the claim (or hold) looks again at what it was decided on: a schedule
	 * change stored meanwhile may have taken the slot away, and a claim of a slot within
	 * the buffer may have been written beside it. The earlier of two claims too close
	 * stays; the later takes itself back. See {@code ScheduleChanges}.
	 */
	void recheck(SlotClaim claim, Instant now) {
		Optional<DoctorAvailability> current = this.schedules.find(claim.doctorId());
		try {
			DoctorAvailability availability = current.orElseThrow(
					() -> new SlotUnavailableException(Rule.OUTSIDE_HOURS, "The doctor has no consulting hours."));
			availability.requireBookable(claim.start(), now);
			List<Slot> near = availability.withinBuffer(claim.slot());
			if (!near.isEmpty()) {
				Comparator<SlotClaim> order = Comparator.comparing(SlotClaim::claimedAt).thenComparing(SlotClaim::key);
				boolean earlierNeighbour = this.store.live(near.stream().map(Slot::key).toList(), now)
					.stream()
					.anyMatch(other -> other.claimedAt() == null || order.compare(other, claim) < 0);
				if (earlierNeighbour) {
					throw bufferBroken(availability);
				}
			}
		}
		catch (SlotUnavailableException refused) {
			if (claim.isHold()) {
				this.store.deleteHold(claim.key(), claim.holdId());
			}
			else {
				this.store.release(claim.key(), claim.appointmentId());
			}
			throw refused;
		}
	}

	private static SlotUnavailableException bufferBroken(DoctorAvailability availability) {
		return new SlotUnavailableException(Rule.BUFFER, "This doctor keeps " + availability.rules().bufferMinutes()
				+ " minutes between visits, and another visit is closer than that.");
	}

	/** The claimed and held slots among those of these keys. */
	public List<Slot> taken(Collection<String> keys) {
		return this.store.live(keys, this.clock.instant()).stream().map(SlotClaim::slot).toList();
	}

	/**
	 * Turns the appointment's claim firm. An overbooked appointment (an extra patient an
	 * admin or the doctor booked into a taken slot) claims nothing: the slot stays the
	 * holder's, and cancelling either one later frees only what that one holds.
	 */
	void confirm(AppointmentBooked booked) {
		if (this.processed.seen(booked)) {
			return;
		}
		if (Boolean.TRUE.equals(booked.overbooked())) {
			this.processed.record(booked, this.clock.instant());
			return;
		}
		confirm(new Booked(booked.aggregateId(), booked.patientId(), booked.doctorId(), booked.start(), booked.end(),
				booked.timeZone()));
		this.processed.record(booked, this.clock.instant());
	}

	private void confirm(Booked booked) {
		if (this.processed.cancelled(booked.appointmentId())) {
			return;
		}
		this.store.confirm(booked, this.clock.instant());
		if (this.processed.cancelled(booked.appointmentId())) {
			// released while we wrote (a release marks first, then frees): had it freed
			// the slot before our write, ours would block it again, so take it back
			this.store.release(Slot.keyOf(booked.doctorId(), booked.start()), booked.appointmentId());
		}
	}

	/**
	 * Frees the slot of a cancelled appointment at once, without waiting for its
	 * {@code appointment.cancelled}, if that appointment holds it. The appointment is
	 * marked cancelled first, so that no {@code appointment.booked} of it, however late,
	 * claims the slot again; the cancellation event, when it comes, finds nothing left to
	 * do. Idempotent.
	 * @return whether this call freed the slot (false: it was free, or another
	 * appointment holds it)
	 * @throws InvalidClaimException if {@code start} is outside the range a claim may
	 * name
	 */
	boolean release(String doctorId, Instant start, String appointmentId) {
		Instant now = this.clock.instant();
		SlotClaim.requireWithinRange(start, now);
		boolean freed = free(doctorId, start, appointmentId, now);
		log.info("Appointment {} released its slot; slot {}", appointmentId, freed ? "freed" : "was not held");
		return freed;
	}

	void release(AppointmentCancelled cancelled) {
		if (this.processed.seen(cancelled)) {
			return;
		}
		Instant now = this.clock.instant();
		boolean freed = free(cancelled.doctorId(), cancelled.start(), cancelled.aggregateId(), now);
		this.processed.record(cancelled, now);
		log.info("Appointment {} cancelled; slot {}", cancelled.aggregateId(), freed ? "freed" : "was not held");
	}

	/** An appointment entered in error gives its slot back, as a cancelled one does. */
	void release(AppointmentEnteredInError voided) {
		if (this.processed.seen(voided)) {
			return;
		}
		Instant now = this.clock.instant();
		boolean freed = free(voided.doctorId(), voided.start(), voided.aggregateId(), now);
		this.processed.record(voided, now);
		log.info("Appointment {} entered in error; slot {}", voided.aggregateId(), freed ? "freed" : "was not held");
	}

	/**
	 * The new appointment holds its slot as a booking does; the one it replaces frees its
	 * slot as a cancellation of it does (no {@code appointment.cancelled} comes for it).
	 */
	void reschedule(AppointmentRescheduled moved) {
		if (this.processed.seen(moved)) {
			return;
		}
		Instant now = this.clock.instant();
		confirm(new Booked(moved.aggregateId(), moved.patientId(), moved.doctorId(), moved.start(), moved.end(),
				moved.timeZone()));
		boolean freed = free(moved.doctorId(), moved.previousStart(), moved.replacesId(), now);
		this.processed.record(moved, now);
		log.info("Appointment {} moved to appointment {}; old slot {}", moved.replacesId(), moved.aggregateId(),
				freed ? "freed" : "was not held");
	}

	/** Marks the appointment cancelled, then frees its slot if it holds it. */
	private boolean free(String doctorId, Instant start, String appointmentId, Instant now) {
		this.processed.recordCancelled(appointmentId, now);
		return this.store.release(Slot.keyOf(doctorId, start), appointmentId);
	}

	long expireTentativeClaims(Instant cutoff) {
		return this.store.deleteExpired(cutoff, this.clock.instant());
	}

	/** A claim and whether this call created it (201) or found it already held (200). */
	record ClaimResult(SlotClaim claim, boolean created) {
	}

}
