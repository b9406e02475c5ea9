package org.careflow.platform.audit;

import java.time.Instant;
import java.util.List;

import org.careflow.platform.web.FieldProblem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /internal/audit}: this service's audit entries, for the service that shows a
 * patient's whole trail (services only: {@code /internal/**} takes a service token).
 */
@RestController
class InternalAuditController {

	private final AuditTrail trail;

	InternalAuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/internal/audit")
	List<AuditEntry> find(@RequestParam(required = false) String patientId, @RequestParam Instant from,
			@RequestParam Instant to, @RequestParam(defaultValue = "100") int limit) {
		return this.trail.find(new AuditQuery(patientId, from, to, limit));
	}

	/** The query's own bounds ("to: must be after from") as the usual 400 problem. */
	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail invalid(IllegalArgumentException ex) {
		String message = String.valueOf(ex.getMessage());
		int colon = message.indexOf(':');
		String field = (colon > 0) ? message.substring(0, colon) : "query";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid fields: " + field);
		problem.setTitle("Invalid request");
		problem.setProperty("errors", List.of(new FieldProblem(field, message.substring(colon + 1).strip())));
		return problem;
	}

}
