package org.careflow.platform.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Free text a person typed (a reason, notes): any script, line breaks and tabs, but no
 * other control or invisible formatting characters (a NUL byte, a bidirectional override)
 * that have no place in text and can disguise what is shown. Null is valid.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

	String message() default "must not contain control characters";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<PlainText, CharSequence> {

		@Override
		public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
			return value == null || value.codePoints().allMatch(Validator::allowed);
		}

		static boolean allowed(int codePoint) {
			if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
				return true;
			}
			int type = Character.getType(codePoint);
			return type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
					&& type != Character.PRIVATE_USE && type != Character.SURROGATE;
		}

	}

}
