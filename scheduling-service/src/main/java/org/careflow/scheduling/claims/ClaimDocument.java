package org.careflow.scheduling.claims;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A claim as stored. {@code _id} is the slot's natural key ({@code doctorId|start}), so
 * MongoDB's unique {@code _id} makes a second claim of one slot fail atomically.
 * {@code tentative} is a random marker that exists only while the claim waits for its
 * booking: the sweep finds expired holds through its sparse index, so its cost follows
 * the holds waiting, not every claim ever stored.
 */
@Document(ClaimDocument.COLLECTION)
record ClaimDocument(@Id String key, String doctorId, Instant start, Instant end, String timeZone, String appointmentId,
		ClaimStatus status, Instant claimedAt, String claimedBy, String tentative) {

	static final String COLLECTION = "slot_claims";

	static final String TENTATIVE = "tentative";

	static ClaimDocument from(SlotClaim claim) {
		return new ClaimDocument(claim.key(), claim.doctorId(), claim.start(), claim.end(), claim.timeZone(),
				claim.appointmentId(), claim.status(), claim.claimedAt(), claim.claimedBy(),
				(claim.status() == ClaimStatus.BUSY_TENTATIVE) ? newMarker() : null);
	}

	static String newMarker() {
		return UUID.randomUUID().toString();
	}

	SlotClaim toClaim() {
		return new SlotClaim(this.key, this.doctorId, this.start, this.end, this.timeZone, this.appointmentId,
				this.status, this.claimedAt, this.claimedBy);
	}

}
