package org.careflow.doctor.web;

import java.util.List;

import org.careflow.doctor.departments.DepartmentNameTakenException;
import org.careflow.doctor.departments.DepartmentNotEmptyException;
import org.careflow.doctor.departments.DepartmentNotFoundException;
import org.careflow.doctor.departments.InvalidDepartmentException;
import org.careflow.doctor.departments.PatientServiceUnavailableException;
import org.careflow.doctor.departments.StaleDepartmentException;
import org.careflow.doctor.departments.UnknownDepartmentException;
import org.careflow.doctor.domain.DoctorNotFoundException;
import org.careflow.doctor.domain.InvalidDoctorChangeException;
import org.careflow.doctor.domain.StaleDoctorException;
import org.careflow.doctor.registration.EmailAlreadyRegisteredException;
import org.careflow.doctor.staff.BookingsAheadException;
import org.careflow.doctor.staff.InvalidStaffException;
import org.careflow.doctor.staff.SchedulingUnavailableException;
import org.careflow.doctor.staff.StaffNotFoundException;
import org.careflow.doctor.staff.TooManyBookingsException;
import org.careflow.platform.web.CareFlowProblemHandler;
import org.careflow.platform.web.FieldProblem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Domain failures as problem responses. Keycloak being down (503) comes from the
 * platform's base handler; access denied (403) is left to Spring Security's handler,
 * which answers with the same problem format.
 */
@RestControllerAdvice
class DoctorProblems extends CareFlowProblemHandler {

	@ExceptionHandler(DoctorNotFoundException.class)
	ProblemDetail notFound(DoctorNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Doctor not found", ex.getMessage());
	}

	@ExceptionHandler(EmailAlreadyRegisteredException.class)
	ProblemDetail emailTaken(EmailAlreadyRegisteredException ex) {
		return problem(HttpStatus.CONFLICT, "Email already registered",
				"A doctor or another account already uses this email.");
	}

	@ExceptionHandler(DepartmentNotFoundException.class)
	ProblemDetail departmentNotFound(DepartmentNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Department not found", ex.getMessage());
	}

	@ExceptionHandler(InvalidDepartmentException.class)
	ProblemDetail invalidDepartment(InvalidDepartmentException ex) {
		return invalidFields(ex.violations()
			.stream()
			.map((violation) -> new FieldProblem(violation.field(), violation.message()))
			.toList());
	}

	/** 409 naming the field, in the shape of a 400's {@code errors}. */
	@ExceptionHandler(DepartmentNameTakenException.class)
	ProblemDetail departmentNameTaken(DepartmentNameTakenException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Department name taken", ex.getMessage());
		problem.setProperty("errors", List.of(new FieldProblem("name", "is already used by another department")));
		return problem;
	}

	/**
	 * The client reloads the department (at {@code currentVersion}) and decides again.
	 */
	@ExceptionHandler(StaleDepartmentException.class)
	ProblemDetail staleDepartment(StaleDepartmentException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Department changed meanwhile", ex.getMessage());
		problem.setProperty("currentVersion", ex.currentVersion());
		return problem;
	}

	@ExceptionHandler(DepartmentNotEmptyException.class)
	ProblemDetail departmentNotEmpty(DepartmentNotEmptyException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Department has members",
				"Move its doctors and staff to another department (or none), discharge the patients in its beds "
						+ "and change the department of its patients first.");
		ex.members().forEach((group) -> {
			problem.setProperty(group.kind() + "Ids", group.ids());
			problem.setProperty(group.kind() + "Count", group.count());
		});
		return problem;
	}

	@ExceptionHandler(UnknownDepartmentException.class)
	ProblemDetail unknownDepartment(UnknownDepartmentException ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Unknown department", ex.getMessage());
		problem.setProperty("errors", List.of(new FieldProblem("departmentId", "names no department")));
		return problem;
	}

	@ExceptionHandler(InvalidDoctorChangeException.class)
	ProblemDetail invalidDoctorChange(InvalidDoctorChangeException ex) {
		return invalidFields(ex.violations()
			.stream()
			.map((violation) -> new FieldProblem(violation.field(), violation.message()))
			.toList());
	}

	// staff accounts

	@ExceptionHandler(StaffNotFoundException.class)
	ProblemDetail staffNotFound(StaffNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Staff member not found", ex.getMessage());
	}

	@ExceptionHandler(InvalidStaffException.class)
	ProblemDetail invalidStaff(InvalidStaffException ex) {
		return invalidFields(ex.violations()
			.stream()
			.map((violation) -> new FieldProblem(violation.field(), violation.message()))
			.toList());
	}

	@ExceptionHandler(PatchBody.InvalidBodyException.class)
	ProblemDetail invalidBody(PatchBody.InvalidBodyException ex) {
		return invalidField(ex.violation().field(), ex.violation().message());
	}

	/** The client reloads the doctor (at {@code currentVersion}) and decides again. */
	@ExceptionHandler(StaleDoctorException.class)
	ProblemDetail staleDoctor(StaleDoctorException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Doctor changed meanwhile", ex.getMessage());
		problem.setProperty("currentVersion", ex.currentVersion());
		return problem;
	}

	/** Scheduling's list of the doctor's bookings ahead, passed on to the admin. */
	@ExceptionHandler(BookingsAheadException.class)
	ProblemDetail bookingsAhead(BookingsAheadException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Doctor has bookings ahead",
				"The doctor has booked appointments ahead: move them, or deactivate with force=true to cancel them "
						+ "(their patients are told).");
		problem.setProperty("appointments", ex.appointments());
		problem.setProperty("total", ex.total());
		return problem;
	}

	@ExceptionHandler(TooManyBookingsException.class)
	ProblemDetail tooManyBookings(TooManyBookingsException ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Too many bookings ahead", ex.getMessage());
	}

	@ExceptionHandler(SchedulingUnavailableException.class)
	ResponseEntity<ProblemDetail> schedulingDown(SchedulingUnavailableException ex) {
		return unavailable("Scheduling service unavailable",
				ex.getMessage() + " Nothing was changed; try again later.");
	}

	@ExceptionHandler(PatientServiceUnavailableException.class)
	ResponseEntity<ProblemDetail> patientServiceDown(PatientServiceUnavailableException ex) {
		return unavailable("Patient service unavailable",
				ex.getMessage() + " The department was not removed; try again later.");
	}

	@ExceptionHandler(AdminChosenPasswordsOffException.class)
	ProblemDetail adminChosenPasswordsOff(AdminChosenPasswordsOffException ex) {
		return problem(HttpStatus.FORBIDDEN, "Admin-chosen passwords are off", ex.getMessage());
	}

}
