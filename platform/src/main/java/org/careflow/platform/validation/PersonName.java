package org.careflow.platform.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A name as real people have them: letters of any script with their accents, digits,
 * spaces, apostrophes, hyphens, dots, commas and brackets ("O'Brien", "Doe (Jr)",
 * "Anne-Marie", "李小龍"). Control characters and markup ({@code <script>}) are refused. The
 * realm's user profile (keycloak/careflow-realm.json) accepts exactly the same set, so a
 * name valid here is never refused by Keycloak. Null is valid (use {@code @NotBlank}).
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PersonName.Validator.class)
public @interface PersonName {

	/**
	 * Also in the realm's user profile, as the {@code pattern} of firstName and lastName.
	 */
	String PATTERN = "^[\\p{L}\\p{M}\\p{N}\\p{Zs}'\u2019.,()-]+$";

	String message() default "may contain only letters, digits, spaces and ' - . , ( )";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<PersonName, CharSequence> {

		private static final Pattern NAME = Pattern.compile(PATTERN);

		@Override
		public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
			return value == null || NAME.matcher(value).matches();
		}

	}

}
