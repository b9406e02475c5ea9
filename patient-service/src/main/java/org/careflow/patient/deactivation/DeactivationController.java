package org.careflow.patient.deactivation;

import jakarta.validation.constraints.Size;
import org.careflow.platform.identity.IdentityProviderUnavailableException;
import org.careflow.platform.security.Caller;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code DELETE /api/patients/{id}}: an admin deactivates a patient. 204 whether this
 * call deactivated them or an earlier one did; nothing is physically deleted.
 */
@RestController
@Validated
class DeactivationController {

	/** Keycloak's breaker stays open for 30 s; a retry sooner would meet it. */
	private static final String RETRY_AFTER_SECONDS = "30";

	private final PatientDeactivation deactivation;

	DeactivationController(PatientDeactivation deactivation) {
		this.deactivation = deactivation;
	}

	@DeleteMapping("/api/patients/{id}")
	@PreAuthorize("hasRole('admin')")
	ResponseEntity<Void> deactivate(@PathVariable @Size(max = 64) String id, Authentication authentication) {
		this.deactivation.deactivate(Caller.of(authentication), id);
		return ResponseEntity.noContent().build();
	}

	/** Said here: the platform's wording is about creating accounts. */
	@ExceptionHandler(IdentityProviderUnavailableException.class)
	ResponseEntity<ProblemDetail> loginNotDisabled(IdentityProviderUnavailableException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The patient's login could not be disabled, so nothing changed; please try again shortly.");
		problem.setTitle("Identity provider unavailable");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
			.body(problem);
	}

}
