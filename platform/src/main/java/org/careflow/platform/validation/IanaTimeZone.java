package org.careflow.platform.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An IANA time zone by its region name, such as {@code Europe/Paris} (not an offset such
 * as {@code +02:00}, which knows no summer time). Null is valid.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IanaTimeZone.Validator.class)
public @interface IanaTimeZone {

	String message() default "must be an IANA time zone such as Europe/Paris";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<IanaTimeZone, CharSequence> {

		/** The longest zone name has 32 characters; anything far longer is not one. */
		private static final int MAX_LENGTH = 64;

		/**
		 * Read once: {@link ZoneId#getAvailableZoneIds()} copies the whole set per call.
		 */
		private static final Set<String> ZONES = Set.copyOf(ZoneId.getAvailableZoneIds());

		@Override
		public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
			return value == null || isKnown(value);
		}

		/** Whether this JDK knows the zone by that region name; null is not one. */
		public static boolean isKnown(CharSequence zone) {
			return zone != null && zone.length() <= MAX_LENGTH && ZONES.contains(zone.toString());
		}

	}

}
