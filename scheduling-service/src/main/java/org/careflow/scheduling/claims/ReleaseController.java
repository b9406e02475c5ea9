package org.careflow.scheduling.claims;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.careflow.scheduling.availability.DoctorId;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Internal (not routed by the gateway): the appointment service frees the slot of an
 * appointment it has just cancelled, so the slot can be booked again at once instead of
 * when {@code appointment.cancelled} arrives. Service tokens only, like the claim.
 * Idempotent: a slot already free, or held by another appointment, is a success that says
 * nothing was freed.
 */
@RestController
class ReleaseController {

	private final SlotClaims claims;

	ReleaseController(SlotClaims claims) {
		this.claims = claims;
	}

	@PreAuthorize("hasRole('service')")
	@PostMapping("/internal/slot-claims/release")
	ReleaseResponse release(@Valid @RequestBody ReleaseRequest request) {
		return new ReleaseResponse(this.claims.release(request.doctorId(), request.start(), request.appointmentId()));
	}

	/** The slot ({@code doctorId}, {@code start}) and the appointment that held it. */
	record ReleaseRequest(@NotNull @DoctorId String doctorId, @NotNull Instant start,
			@NotBlank @Size(max = ClaimController.ClaimRequest.MAX_ID_LENGTH,
					message = "must be at most {max} characters") String appointmentId) {
	}

	/**
	 * @param released whether this call freed the slot (false: there was nothing to free)
	 */
	record ReleaseResponse(boolean released) {
	}

}
