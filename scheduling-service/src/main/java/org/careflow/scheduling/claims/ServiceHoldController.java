package org.careflow.scheduling.claims;

import java.time.Duration;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.careflow.scheduling.availability.DoctorId;
import org.careflow.scheduling.claims.HoldController.HoldResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Internal (not routed by the gateway): the appointment service holds a freed slot for
 * the next waitlisted patient (an offer) and lets the hold go when the offer is
 * withdrawn. Service tokens only, like the claim: the patient is named in the request,
 * and the hold follows the patient's own rules (their seats, the booking rules). The
 * patient then books it naming the hold, as after a hold of their own.
 */
@RestController
class ServiceHoldController {

	private final SlotHolds holds;

	ServiceHoldController(SlotHolds holds) {
		this.holds = holds;
	}

	@PreAuthorize("hasRole('service')")
	@PostMapping("/internal/slot-holds")
	ResponseEntity<HoldResponse> hold(@Valid @RequestBody ServiceHoldRequest request) {
		SlotHolds.HoldResult result = this.holds.hold(request.doctorId(), request.start(), request.patientId(),
				Duration.ofSeconds(request.ttlSeconds()));
		return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(HoldResponse.of(result.hold()));
	}

	@PreAuthorize("hasRole('service')")
	@PostMapping("/internal/slot-holds/release")
	HoldReleaseResponse release(@Valid @RequestBody HoldReleaseRequest request) {
		return new HoldReleaseResponse(this.holds.release(request.holdId()));
	}

	/**
	 * @param patientId whom the slot is held for (the token is the service's)
	 * @param ttlSeconds how long the hold lasts, instead of the configured time
	 */
	record ServiceHoldRequest(@NotNull @DoctorId String doctorId, @NotNull Instant start,
			@NotBlank @Size(max = ClaimController.ClaimRequest.MAX_ID_LENGTH,
					message = "must be at most {max} characters") String patientId,
			@NotNull @Min(value = MIN_TTL_SECONDS, message = "must be at least {value} seconds") @Max(
					value = MAX_TTL_SECONDS, message = "must be at most {value} seconds") Integer ttlSeconds) {

		static final int MIN_TTL_SECONDS = 60;

		/** A day: an offer outlives a patient's few minutes, but not the week. */
		static final int MAX_TTL_SECONDS = 86_400;

	}

	record HoldReleaseRequest(@NotNull @Pattern(regexp = HoldController.HoldRequest.HOLD_ID,
			message = "must be 1 to 64 letters, digits or hyphens") String holdId) {
	}

	/**
	 * @param released whether this call freed the slot the hold kept (false: unknown,
	 * expired, or already an appointment's claim)
	 */
	record HoldReleaseResponse(boolean released) {
	}

}
