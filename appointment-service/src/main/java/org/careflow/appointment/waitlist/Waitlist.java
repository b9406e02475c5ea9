package org.careflow.appointment.waitlist;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import org.careflow.appointment.booking.Booking;
import org.careflow.appointment.booking.Bookings;
import org.careflow.appointment.domain.Actor;
import org.careflow.appointment.domain.Appointment;
import org.careflow.appointment.scheduling.SchedulingUnavailableException;
import org.careflow.appointment.scheduling.SlotClaims;
import org.careflow.appointment.scheduling.SlotNotBookableException;
import org.careflow.appointment.scheduling.SlotTakenException;
import org.careflow.platform.web.PageParams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Patients wait for a slot of a doctor or a specialty; a freed slot in their window is
 * offered to them in the order they joined, one at a time, as a hold at scheduling that
 * only they can book (through the same atomic claim as any booking). A declined or
 * expired offer passes the slot to the next patient waiting.
 */
@Service
public class Waitlist {

	private static final Logger log = LoggerFactory.getLogger(Waitlist.class);

	/** How many entries one freed slot is tried on before it is left free for anyone. */
	static final int CANDIDATES = 50;

	private final WaitlistStore store;

	private final DoctorSpecialties specialties;

	private final SlotClaims slots;

	private final Bookings bookings;

	private final WaitlistProperties properties;

	private final Duration maxAhead;

	private final Clock clock;

	Waitlist(WaitlistStore store, DoctorSpecialties specialties, SlotClaims slots, Bookings bookings,
			WaitlistProperties properties, Clock clock) {
		this.store = store;
		this.specialties = specialties;
		this.slots = slots;
		this.bookings = bookings;
		this.properties = properties;
		this.maxAhead = bookings.maxAhead();
		this.clock = clock;
	}

	/**
	 * @throws InvalidWaitlistException naming a field out of bounds
	 * @throws WaitlistLimitException if the patient waits in as many places as allowed
	 */
	public WaitlistEntry join(Actor patient, String doctorId, String specialty, Instant from, Instant to) {
		Instant now = this.clock.instant();
		WaitlistEntry entry = WaitlistEntry.join(UUID.randomUUID().toString(), patient.id(), doctorId, specialty, from,
				to, this.maxAhead, now);
		int limit = this.properties.maxEntriesPerPatient();
		if (this.store.countOfPatient(patient.id(), limit) >= limit) {
			throw new WaitlistLimitException(limit);
		}
		this.store.insert(entry);
		return entry;
	}

	public List<WaitlistEntry> mine(Actor patient, PageParams paging) {
		return this.store.ofPatient(patient.id(), paging.offset(), paging.fetchSize());
	}

	/** The patient leaves; a slot held for them is let go at once. */
	public void leave(Actor patient, String entryId) {
		WaitlistEntry entry = this.store.find(entryId)
			.filter(found -> found.patientId().equals(patient.id()))
			.orElseThrow(WaitlistEntryNotFoundException::new);
		if (this.store.delete(entry.id()) && entry.offer() != null) {
			this.slots.releaseHold(entry.offer().holdId());
			offerFreedSlot(entry.offer().doctorId(), entry.offer().start(), this.clock.instant());
		}
	}

	/**
	 * The patient takes the slot offered to them: booked with their hold, so nobody else
	 * can have it meanwhile; then they leave the waitlist.
	 * @throws OfferNotFoundException if the offer is not theirs or not open
	 */
	public Appointment accept(Actor patient, boolean emailVerified, String offerId) {
		WaitlistEntry entry = this.store.findByOffer(offerId).orElseThrow(OfferNotFoundException::new);
		WaitlistEntry.Offer offer = entry.openOffer(offerId, patient.id(), this.clock.instant());
		Appointment booked = this.bookings
			.book(new Booking(patient, emailVerified, offer.doctorId(), offer.start(), null, offer.holdId()));
		this.store.delete(entry.id());
		return booked;
	}

	/**
	 * The patient's offer while it is open, to show them before they take it.
	 * @throws OfferNotFoundException if the offer is not theirs or not open
	 * @throws org.careflow.appointment.domain.AppointmentConflictException if it expired
	 */
	public WaitlistEntry.Offer openOffer(Actor patient, String offerId) {
		WaitlistEntry entry = this.store.findByOffer(offerId).orElseThrow(OfferNotFoundException::new);
		return entry.openOffer(offerId, patient.id(), this.clock.instant());
	}

	/** The patient does not want the slot: it goes to the next patient waiting. */
	public void decline(Actor patient, String offerId) {
		Instant now = this.clock.instant();
		WaitlistEntry entry = this.store.findByOffer(offerId).orElseThrow(OfferNotFoundException::new);
		WaitlistEntry.Offer offer = entry.openOffer(offerId, patient.id(), now);
		entry.lapse();
		this.store.update(entry);
		this.slots.releaseHold(offer.holdId());
		offerFreedSlot(offer.doctorId(), offer.start(), now);
	}

	/**
	 * Offers a freed slot to the first patient waiting for it who can still have it.
	 * Nothing is offered when the slot is gone (booked, held, no longer in the doctor's
	 * hours) or scheduling cannot be reached (the slot is then simply free for anyone).
	 * @return whether an offer was made
	 */
	public boolean offerFreedSlot(String doctorId, Instant start, Instant now) {
		if (!start.isAfter(now)) {
			return false;
		}
		String specialty = this.specialties.of(doctorId);
		List<WaitlistEntry> waiting = new ArrayList<>(this.store.waitingFor(doctorId, specialty, CANDIDATES));
		return offer(waiting, doctorId, specialty, start, now) == Outcome.OFFERED;
	}

	/**
	 * Offers slots a change of the doctor's schedule opened, soonest first, each as a
	 * freed slot. Those waiting for the doctor or their specialty are read once (and
	 * again only when all read have an offer), so slots nobody waits for cost no query
	 * and no call; only a slot inside some waiting entry's window is held for its
	 * patient.
	 * @return how many offers were made
	 */
	public int offerOpenedSlots(String doctorId, List<Instant> starts, Instant now) {
		String specialty = this.specialties.of(doctorId);
		List<WaitlistEntry> read = this.store.waitingFor(doctorId, specialty, CANDIDATES);
		List<WaitlistEntry> waiting = new ArrayList<>(read);
		int offered = 0;
		int offeredBeforeRead = 0;
		for (Instant start : starts.stream().sorted().toList()) {
			if (waiting.isEmpty() && read.size() == CANDIDATES && offered > offeredBeforeRead) {
				// those read have an offer now (or cannot hold one): those after them
				read = this.store.waitingFor(doctorId, specialty, CANDIDATES);
				waiting = new ArrayList<>(read);
				offeredBeforeRead = offered;
			}
			if (waiting.isEmpty()) {
				break;
			}
			if (!start.isAfter(now)) {
				continue;
			}
			Outcome outcome = offer(waiting, doctorId, specialty, start, now);
			if (outcome == Outcome.OFFERED) {
				offered++;
			}
			else if (outcome == Outcome.UNREACHABLE) {
				// the rest are free for anyone, as a freed slot would be
				break;
			}
		}
		return offered;
	}

	/**
	 * Offers the slot to the first of {@code waiting} who wants it. Entries done with for
	 * now leave the list: the one offered it, one changed meanwhile, one whose patient
	 * cannot hold another slot.
	 */
	private Outcome offer(List<WaitlistEntry> waiting, String doctorId, String specialty, Instant start, Instant now) {
		for (Iterator<WaitlistEntry> entries = waiting.iterator(); entries.hasNext();) {
			WaitlistEntry entry = entries.next();
			if (!entry.wants(doctorId, specialty, start, now)) {
				continue;
			}
			SlotClaims.SlotHold hold;
			try {
				hold = this.slots.holdFor(doctorId, start, entry.patientId(), this.properties.offerFor());
			}
			catch (SlotNotBookableException notForThisPatient) {
				// e.g. they hold as many slots as one may; the next in line may take it
				entries.remove();
				continue;
			}
			catch (SlotTakenException gone) {
				log.info("Freed slot {}|{} not offered: {}", doctorId, start, gone.getMessage());
				return Outcome.GONE;
			}
			catch (SchedulingUnavailableException unreachable) {
				log.info("Freed slot {}|{} not offered: {}", doctorId, start, unreachable.getMessage());
				return Outcome.UNREACHABLE;
			}
			entries.remove();
			entry.offer(new WaitlistEntry.Offer(UUID.randomUUID().toString(), doctorId, start, hold.end(),
					hold.timeZone(), hold.holdId(), hold.expiresAt()));
			try {
				this.store.update(entry);
				log.info("Freed slot {}|{} offered to waitlist entry {}", doctorId, start, entry.id());
				return Outcome.OFFERED;
			}
			catch (OptimisticLockingFailureException changedMeanwhile) {
				// the patient left or got another offer just now: the next in line
				this.slots.releaseHold(hold.holdId());
			}
		}
		return Outcome.NOBODY;
	}

	/**
	 * Offers nobody answered in time lapse, and their slots go to the next in line.
	 * @return how many lapsed
	 */
	public int passOnExpiredOffers() {
		Instant now = this.clock.instant();
		int lapsed = 0;
		for (WaitlistEntry entry : this.store.withOfferExpiredBefore(now, CANDIDATES)) {
			WaitlistEntry.Offer offer = entry.lapse();
			try {
				this.store.update(entry);
			}
			catch (OptimisticLockingFailureException changedMeanwhile) {
				continue;
			}
			lapsed++;
			offerFreedSlot(offer.doctorId(), offer.start(), now);
		}
		return lapsed;
	}

	private enum Outcome {

		OFFERED, NOBODY, GONE, UNREACHABLE

	}

}
