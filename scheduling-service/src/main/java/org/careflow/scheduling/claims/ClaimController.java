package org.careflow.scheduling.claims;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Internal (not routed by the gateway): the appointment service claims a slot before it
 * stores a booking, relaying the patient's token — so only a patient's token may claim,
 * as only patients book. Idempotent per appointment id.
 */
@RestController
class ClaimController {

	private final SlotClaims claims;

	ClaimController(SlotClaims claims) {
		this.claims = claims;
	}

	@PreAuthorize("hasRole('patient')")
	@PostMapping("/internal/slot-claims")
	ResponseEntity<ClaimResponse> claim(@Valid @RequestBody ClaimRequest request, Authentication caller) {
		SlotClaims.ClaimResult result = this.claims.claim(request.doctorId(), request.start(), request.appointmentId(),
				caller.getName());
		return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(ClaimResponse.of(result.claim()));
	}

	record ClaimRequest(@NotBlank String doctorId, @NotNull Instant start, @NotBlank String appointmentId) {
	}

	record ClaimResponse(String doctorId, Instant start, Instant end, String timeZone) {

		static ClaimResponse of(SlotClaim claim) {
			return new ClaimResponse(claim.doctorId(), claim.start(), claim.end(), claim.timeZone());
		}

	}

}
