package org.careflow.scheduling.availability;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;

/**
 * A doctor id as the service accepts it: 1 to {@value #MAX_LENGTH} letters, digits or
 * hyphens (the realm's ids are UUIDs). Nothing else can name a doctor, and the bound
 * keeps claim keys, queries and logs small and free of control characters. {@code null}
 * is left to {@code @NotNull} or a required parameter.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "[A-Za-z0-9-]{1," + DoctorId.MAX_LENGTH + "}")
@ReportAsSingleViolation
@Target({ FIELD, METHOD, PARAMETER, TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface DoctorId {

	int MAX_LENGTH = 64;

	String message() default "must be 1 to " + MAX_LENGTH + " letters, digits or hyphens";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
