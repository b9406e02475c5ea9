package org.careflow.scheduling.claims;

/** FHIR slot statuses a claim can have; a free slot simply has no claim. */
public enum ClaimStatus {

	/** Held for a booking in progress; expires if the booking never completes. */
	BUSY_TENTATIVE,

	/** Taken by a booked appointment. */
	BUSY

}
