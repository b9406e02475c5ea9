package org.careflow.patient.admission;

import java.util.List;

import org.careflow.platform.web.FieldProblem;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * This package's own failures as problem responses; everything else (bad input, 401/403,
 * unknown patient) is answered by the service's {@code PatientProblems}. Kept apart so
 * that this feature and the profile's can change without touching one file.
 */
@RestControllerAdvice(basePackageClasses = AdmissionProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdmissionProblems {

	@ExceptionHandler(AdmissionConflictException.class)
	ProblemDetail conflict(AdmissionConflictException ex) {
		return problem(HttpStatus.CONFLICT, "Not possible now", ex.getMessage());
	}

	/** 422 naming the field: well-formed, but the department has no such place. */
	@ExceptionHandler(UnknownPlaceException.class)
	ProblemDetail unknownPlace(UnknownPlaceException ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "No such place",
				"Invalid fields: " + ex.field());
		problem.setProperty("errors", List.of(new FieldProblem(ex.field(), ex.getMessage())));
		return problem;
	}

	@ExceptionHandler(DepartmentNotFoundException.class)
	ProblemDetail departmentNotFound(DepartmentNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Department not found", ex.getMessage());
	}

	@ExceptionHandler(AdmissionNotFoundException.class)
	ProblemDetail admissionNotFound(AdmissionNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Admission not found", ex.getMessage());
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
