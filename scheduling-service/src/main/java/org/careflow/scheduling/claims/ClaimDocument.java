package org.careflow.scheduling.claims;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A claim or hold as stored. {@code _id} is the slot's natural key
 * ({@code doctorId|start}), so MongoDB's unique {@code _id} makes a second claim of one
 * slot fail atomically. {@code tentative} is a random marker that exists only while the
 * claim waits for its booking (or is a hold): the sweep finds expired ones through its
 * sparse index, so its cost follows the claims waiting, not every claim ever stored. A
 * hold also has a {@code holdId} and a {@code seat} ({@code patientId#n}, n below the
 * patient's limit), both unique: a hold and its seat are taken by one insert.
 */
@Document(ClaimDocument.COLLECTION)
record ClaimDocument(@Id String key, String doctorId, Instant start, Instant end, String timeZone, String appointmentId,
		ClaimStatus status, Instant claimedAt, String claimedBy, String tentative, String holdId, String seat,
		Instant expiresAt) {

	static final String COLLECTION = "slot_claims";

	static final String TENTATIVE = "tentative";

	static ClaimDocument from(SlotClaim claim) {
		return from(claim, null);
	}

	static ClaimDocument from(SlotClaim claim, String seat) {
		return new ClaimDocument(claim.key(), claim.doctorId(), claim.start(), claim.end(), claim.timeZone(),
				claim.appointmentId(), claim.status(), claim.claimedAt(), claim.claimedBy(),
				(claim.status() == ClaimStatus.BUSY_TENTATIVE) ? newMarker() : null, claim.holdId(), seat,
				claim.expiresAt());
	}

	static String newMarker() {
		return UUID.randomUUID().toString();
	}

	SlotClaim toClaim() {
		return new SlotClaim(this.key, this.doctorId, this.start, this.end, this.timeZone, this.appointmentId,
				this.status, this.claimedAt, this.claimedBy, this.holdId, this.expiresAt);
	}

}
