package org.careflow.patient.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Rules that need more than one field or a fixed date: the password is not the email (the
 * realm's {@code notEmail} policy) and the birth date is not before 1900. Each is
 * reported on its own field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SensibleRegistration.Validator.class)
@interface SensibleRegistration {

	String message() default "is not sensible";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<SensibleRegistration, RegistrationRequest> {

		@Override
		public boolean isValid(RegistrationRequest request, ConstraintValidatorContext context) {
			if (request == null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			boolean valid = true;
			if (request.password() != null && request.email() != null
					&& request.password().strip().equalsIgnoreCase(request.email().strip())) {
				violation(context, "password", "must not be the email address");
				valid = false;
			}
			if (request.birthDate() != null && request.birthDate().isBefore(RegistrationRequest.EARLIEST_BIRTH_DATE)) {
				violation(context, "birthDate", "must be " + RegistrationRequest.EARLIEST_BIRTH_DATE + " or later");
				valid = false;
			}
			return valid;
		}

		private static void violation(ConstraintValidatorContext context, String field, String message) {
			context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
		}

	}

}
