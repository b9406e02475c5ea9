package org.careflow.scheduling.claims;

import java.net.URI;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.careflow.scheduling.availability.DoctorId;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A patient holds a slot for a few minutes while they decide, then books it naming the
 * hold, or lets it go. Patients only: the hold is the caller's ({@code sub}).
 */
@RestController
@RequestMapping("/api/slots/holds")
class HoldController {

	private final SlotHolds holds;

	HoldController(SlotHolds holds) {
		this.holds = holds;
	}

	@PostMapping
	@PreAuthorize("hasRole('patient')")
	ResponseEntity<HoldResponse> hold(@Valid @RequestBody HoldRequest request, Authentication caller) {
		SlotHolds.HoldResult result = this.holds.hold(request.doctorId(), request.start(), caller.getName());
		HoldResponse body = HoldResponse.of(result.hold());
		if (!result.created()) {
			return ResponseEntity.ok(body);
		}
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/slots/holds/" + body.holdId()))
			.body(body);
	}

	@DeleteMapping("/{holdId}")
	@PreAuthorize("hasRole('patient')")
	ResponseEntity<Void> letGo(@PathVariable @Pattern(regexp = HoldRequest.HOLD_ID,
			message = "must be 1 to 64 letters, digits or hyphens") String holdId, Authentication caller) {
		this.holds.letGo(holdId, caller.getName());
		return ResponseEntity.noContent().build();
	}

	record HoldRequest(@NotNull @DoctorId String doctorId, @NotNull Instant start) {

		static final String HOLD_ID = "[A-Za-z0-9-]{1,64}";

	}

	/**
	 * @param timeZone the doctor's IANA zone, to show the slot on their wall clock
	 */
	record HoldResponse(String holdId, String doctorId, Instant start, Instant end, String timeZone,
			Instant expiresAt) {

		static HoldResponse of(SlotClaim hold) {
			return new HoldResponse(hold.holdId(), hold.doctorId(), hold.start(), hold.end(), hold.timeZone(),
					hold.expiresAt());
		}

	}

}
