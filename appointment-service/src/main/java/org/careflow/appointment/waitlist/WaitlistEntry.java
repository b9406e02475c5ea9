package org.careflow.appointment.waitlist;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.careflow.appointment.domain.AppointmentConflictException;
import org.careflow.events.WaitlistOffered;

/**
 * A patient waiting for a slot of one doctor, or of any doctor of a specialty, within a
 * window. When a matching slot frees up, the patients waiting for it are offered it in
 * the order they joined: one offer at a time, a hold of the slot valid for a while. An
 * offer that lapses (declined or expired) passes the slot on and never comes back to the
 * same patient.
 */
public final class WaitlistEntry {

	/** The longest window one may wait for: a month, like a slot search. */
	public static final Duration MAX_WINDOW = Duration.ofDays(31);

	/**
	 * Slots once offered to the entry and passed on, remembered so as not to offer them
	 * again.
	 */
	static final int MAX_PASSED = 50;

	private final String id;

	private final String patientId;

	private final String doctorId;

	private final String specialty;

	private final Instant from;

	private final Instant to;

	private final Instant joinedAt;

	private final List<String> passed;

	private final Long version;

	private Offer offer;

	private final List<WaitlistOffered> raised = new ArrayList<>();

	WaitlistEntry(Snapshot state) {
		this.id = Objects.requireNonNull(state.id());
		this.patientId = Objects.requireNonNull(state.patientId());
		this.doctorId = state.doctorId();
		this.specialty = state.specialty();
		this.from = state.from();
		this.to = state.to();
		this.joinedAt = state.joinedAt();
		this.offer = state.offer();
		this.passed = new ArrayList<>((state.passed() != null) ? state.passed() : List.of());
		this.version = state.version();
	}

	/**
	 * A patient joins the waitlist for a doctor or a specialty (exactly one), for slots
	 * starting in {@code [from, to)}.
	 * @throws InvalidWaitlistException naming the field at fault
	 */
	public static WaitlistEntry join(String id, String patientId, String doctorId, String specialty, Instant from,
			Instant to, Duration maxAhead, Instant now) {
		if ((doctorId == null) == (specialty == null)) {
			throw new InvalidWaitlistException("doctorId", "give either doctorId or specialty");
		}
		if (!to.isAfter(from)) {
			throw new InvalidWaitlistException("to", "must be after from");
		}
		if (!to.isAfter(now)) {
			throw new InvalidWaitlistException("to", "must be in the future");
		}
		if (Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
			throw new InvalidWaitlistException("to", "must be at most " + MAX_WINDOW.toDays() + " days after from");
		}
		if (to.isAfter(now.plus(maxAhead))) {
			throw new InvalidWaitlistException("to", "must be at most " + maxAhead.toDays() + " days ahead");
		}
		return new WaitlistEntry(new Snapshot(id, patientId, doctorId,
				(specialty != null) ? specialty.strip().toLowerCase(Locale.ROOT) : null, from, to, now, null, List.of(),
				null));
	}

	/**
	 * Whether this entry waits for that slot: of its doctor (or a doctor of its
	 * specialty), in its window, still to come, no offer open, and not passed on by it
	 * before.
	 */
	public boolean wants(String slotDoctorId, String slotDoctorSpecialty, Instant start, Instant now) {
		boolean forThisDoctor = (this.doctorId != null) ? this.doctorId.equals(slotDoctorId)
				: this.specialty.equalsIgnoreCase(String.valueOf(slotDoctorSpecialty));
		return forThisDoctor && this.offer == null && !start.isBefore(this.from) && start.isBefore(this.to)
				&& start.isAfter(now) && !this.passed.contains(slotKey(slotDoctorId, start));
	}

	/**
	 * The slot is held for this patient now: they are told, with the way to accept it.
	 */
	public void offer(Offer offer) {
		if (this.offer != null) {
			throw new AppointmentConflictException("An offer is open already.");
		}
		this.offer = offer;
		this.raised.add(WaitlistOffered.of(this.id, this.patientId, offer.doctorId(), offer.start(), offer.end(),
				offer.timeZone(), offer.id(), offer.expiresAt()));
	}

	/**
	 * The open offer, for its patient to accept or decline.
	 * @throws OfferNotFoundException if there is none of that id for that patient
	 * @throws AppointmentConflictException if it has expired
	 */
	public Offer openOffer(String offerId, String callerId, Instant now) {
		if (this.offer == null || !this.offer.id().equals(offerId) || !this.patientId.equals(callerId)) {
			throw new OfferNotFoundException();
		}
		if (!now.isBefore(this.offer.expiresAt())) {
			throw new AppointmentConflictException("The offer expired at " + this.offer.expiresAt()
					+ "; the slot went to the next patient. You are still on the waitlist.");
		}
		return this.offer;
	}

	/**
	 * The offer is over (declined or expired): its slot is passed on, never offered
	 * again.
	 */
	public Offer lapse() {
		Offer lapsed = this.offer;
		if (lapsed != null) {
			this.passed.add(slotKey(lapsed.doctorId(), lapsed.start()));
			if (this.passed.size() > MAX_PASSED) {
				this.passed.remove(0);
			}
			this.offer = null;
		}
		return lapsed;
	}

	private static String slotKey(String doctorId, Instant start) {
		return doctorId + "|" + start;
	}

	public String id() {
		return this.id;
	}

	public String patientId() {
		return this.patientId;
	}

	public Offer offer() {
		return this.offer;
	}

	List<WaitlistOffered> raisedEvents() {
		return List.copyOf(this.raised);
	}

	public Snapshot snapshot() {
		return new Snapshot(this.id, this.patientId, this.doctorId, this.specialty, this.from, this.to, this.joinedAt,
				this.offer, List.copyOf(this.passed), this.version);
	}

	/**
	 * A slot held for the entry's patient until {@code expiresAt}.
	 *
	 * @param holdId scheduling's hold, which the booking names to take the slot
	 */
	public record Offer(String id, String doctorId, Instant start, Instant end, String timeZone, String holdId,
			Instant expiresAt) {
	}

	/**
	 * The full state, for storage and answers.
	 *
	 * @param specialty lower case
	 * @param passed keys of the slots offered before and passed on
	 */
	public record Snapshot(String id, String patientId, String doctorId, String specialty, Instant from, Instant to,
			Instant joinedAt, Offer offer, List<String> passed, Long version) {
	}

}
