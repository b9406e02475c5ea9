package org.careflow.scheduling.claims;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.careflow.scheduling.availability.DoctorId;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Internal (not routed by the gateway): the appointment service claims a slot before it
 * stores a booking. It calls with its own client-credentials token (realm role
 * {@code service}) and says which patient the booking is for; an end user's token is
 * refused, whatever its role, so no one can claim slots by calling this directly.
 * Idempotent per appointment id. A {@code holdId} of the patient's turns their hold of
 * the slot into the claim.
 */
@RestController
class ClaimController {

	private final SlotClaims claims;

	ClaimController(SlotClaims claims) {
		this.claims = claims;
	}

	@PreAuthorize("hasRole('service')")
	@PostMapping("/internal/slot-claims")
	ResponseEntity<ClaimResponse> claim(@Valid @RequestBody ClaimRequest request) {
		SlotClaims.ClaimResult result = this.claims.claim(request.doctorId(), request.start(), request.appointmentId(),
				request.patientId(), request.holdId());
		return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(ClaimResponse.of(result.claim()));
	}

	/**
	 * @param patientId the patient the booking is for (the token is the service's, so the
	 * patient cannot come from it)
	 * @param holdId optional: the patient's hold of this slot, which becomes the claim
	 */
	record ClaimRequest(@NotNull @DoctorId String doctorId, @NotNull Instant start,
			@NotBlank @Size(max = MAX_ID_LENGTH, message = "must be at most {max} characters") String appointmentId,
			@NotBlank @Size(max = MAX_ID_LENGTH, message = "must be at most {max} characters") String patientId,
			@Pattern(regexp = HoldController.HoldRequest.HOLD_ID,
					message = "must be 1 to 64 letters, digits or hyphens") String holdId) {

		/** Ids are UUIDs (36 characters); the bound leaves room for other schemes. */
		static final int MAX_ID_LENGTH = 64;

	}

	record ClaimResponse(String doctorId, Instant start, Instant end, String timeZone) {

		static ClaimResponse of(SlotClaim claim) {
			return new ClaimResponse(claim.doctorId(), claim.start(), claim.end(), claim.timeZone());
		}

	}

}
