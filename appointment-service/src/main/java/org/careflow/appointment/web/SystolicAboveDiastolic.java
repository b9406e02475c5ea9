package org.careflow.appointment.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * When both pressures are given, systolic must exceed diastolic; reported on
 * {@code systolic}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SystolicAboveDiastolic.Validator.class)
@interface SystolicAboveDiastolic {

	String message() default "must exceed diastolic";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<SystolicAboveDiastolic, VisitRequest> {

		@Override
		public boolean isValid(VisitRequest visit, ConstraintValidatorContext context) {
			if (visit == null || visit.systolic() == null || visit.diastolic() == null
					|| visit.systolic() > visit.diastolic()) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("systolic")
				.addConstraintViolation();
			return false;
		}

	}

}
