package org.careflow.appointment.web;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.careflow.appointment.waitlist.WaitlistEntry;

/** A patient's place on the waitlist, and the slot offered to them if there is one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record WaitlistResponse(String id, String doctorId, String specialty, Instant from, Instant to, Instant joinedAt,
		OfferResponse offer) {

	static WaitlistResponse of(WaitlistEntry entry) {
		WaitlistEntry.Snapshot state = entry.snapshot();
		WaitlistEntry.Offer offer = state.offer();
		return new WaitlistResponse(state.id(), state.doctorId(), state.specialty(), state.from(), state.to(),
				state.joinedAt(), (offer != null) ? new OfferResponse(offer.id(), offer.doctorId(), offer.start(),
						offer.end(), offer.timeZone(), offer.expiresAt()) : null);
	}

	record OfferResponse(String id, String doctorId, Instant start, Instant end, String timeZone, Instant expiresAt) {
	}

}
