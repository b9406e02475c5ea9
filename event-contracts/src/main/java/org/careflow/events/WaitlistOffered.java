package org.careflow.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A freed slot is offered to a waitlisted patient, held for them until {@code expiresAt};
 * {@code aggregateId} is their waitlist entry. The patient accepts with {@code POST
 * /api/waitlist/offers/{offerId}/accept}.
 */
@EventType(WaitlistOffered.TYPE)
public record WaitlistOffered(UUID eventId, String aggregateId, Instant occurredAt, int schemaVersion, String patientId,
		String doctorId, Instant start, Instant end, String timeZone, String offerId,
		Instant expiresAt) implements CareFlowEvent {

	public static final String TYPE = "waitlist.offered";

	public static WaitlistOffered of(String entryId, String patientId, String doctorId, Instant start, Instant end,
			String timeZone, String offerId, Instant expiresAt) {
		return new WaitlistOffered(UUID.randomUUID(), entryId, Instant.now(), 1, patientId, doctorId, start, end,
				timeZone, offerId, expiresAt);
	}

}
