package org.careflow.appointment.waitlist;

import java.time.Instant;
import java.util.List;

import org.careflow.platform.outbox.PendingEvent;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A waitlist entry as stored, with the events still waiting for the relay.
 * {@code offerId} repeats the open offer's id at the top, where a unique sparse index
 * finds it (absent without an offer: a null field is not written).
 */
record WaitlistDocument(@Id String id, String patientId, String doctorId, String specialty, Instant from, Instant to,
		Instant joinedAt, StoredOffer offer, String offerId, List<String> passed, List<PendingEvent> pendingEvents,
		@Version Long version) {

	static WaitlistDocument from(WaitlistEntry entry, List<PendingEvent> pendingEvents) {
		WaitlistEntry.Snapshot state = entry.snapshot();
		return new WaitlistDocument(state.id(), state.patientId(), state.doctorId(), state.specialty(), state.from(),
				state.to(), state.joinedAt(), StoredOffer.of(state.offer()),
				(state.offer() != null) ? state.offer().id() : null, state.passed(), pendingEvents, state.version());
	}

	WaitlistEntry toEntry() {
		return new WaitlistEntry(
				new WaitlistEntry.Snapshot(this.id, this.patientId, this.doctorId, this.specialty, this.from, this.to,
						this.joinedAt, (this.offer != null) ? this.offer.toOffer() : null, this.passed, this.version));
	}

	/** The open offer. */
	record StoredOffer(String offerId, String doctorId, Instant start, Instant end, String timeZone, String holdId,
			Instant expiresAt) {

		static StoredOffer of(WaitlistEntry.Offer offer) {
			return (offer != null) ? new StoredOffer(offer.id(), offer.doctorId(), offer.start(), offer.end(),
					offer.timeZone(), offer.holdId(), offer.expiresAt()) : null;
		}

		WaitlistEntry.Offer toOffer() {
			return new WaitlistEntry.Offer(this.offerId, this.doctorId, this.start, this.end, this.timeZone,
					this.holdId, this.expiresAt);
		}

	}

}
