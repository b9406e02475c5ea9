package org.careflow.scheduling.availability;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Malformed input is reported against the field a client has to fix. */
class ScheduleRequestValidationTest {

	private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	private Set<String> invalidFields(ScheduleRequest request) {
		return this.validator.validate(request)
			.stream()
			.map(ConstraintViolation::getPropertyPath)
			.map(Object::toString)
			.collect(Collectors.toSet());
	}

	private static ScheduleRequest.HoursRequest hours(String... dayStartEnd) {
		return new ScheduleRequest.HoursRequest(dayStartEnd[0], dayStartEnd[1], dayStartEnd[2]);
	}

	@Test
	void aCompleteRequestIsValid() {
		assertThat(invalidFields(
				new ScheduleRequest("UTC", 30, List.of(hours("MONDAY", "09:00", "12:00")), null, null, null)))
			.isEmpty();
	}

	@Test
	void namesMissingFields() {
		assertThat(invalidFields(new ScheduleRequest(" ", null, List.of(), null, null, null)))
			.containsExactlyInAnyOrder("timeZone", "slotMinutes", "weeklyHours");
	}

	@Test
	void aWeekMayHaveSeventyRangesAndNoMore() {
		assertThat(invalidFields(new ScheduleRequest("UTC", 30,
				Collections.nCopies(70, hours("MONDAY", "09:00", "12:00")), null, null, null)))
			.isEmpty();
		assertThat(invalidFields(new ScheduleRequest("UTC", 30,
				Collections.nCopies(71, hours("MONDAY", "09:00", "12:00")), null, null, null)))
			.containsExactly("weeklyHours");
	}

	@Test
	void aTimeZoneMayHaveSixtyFourCharactersAndNoMore() {
		List<ScheduleRequest.HoursRequest> monday = List.of(hours("MONDAY", "09:00", "12:00"));

		assertThat(invalidFields(new ScheduleRequest("Z".repeat(64), 30, monday, null, null, null))).isEmpty();
		assertThat(invalidFields(new ScheduleRequest("Z".repeat(65), 30, monday, null, null, null)))
			.containsExactly("timeZone");
	}

	@Test
	void dayAndTimePatternsRefuseLongOrDecoratedValues() {
		ScheduleRequest request = new ScheduleRequest("UTC", 30,
				List.of(hours("MONDAY\n", "09:00 ", "12:00".repeat(1_000))), null, null, null);

		assertThat(invalidFields(request)).containsExactlyInAnyOrder("weeklyHours[0].day", "weeklyHours[0].start",
				"weeklyHours[0].end");
	}

	@Test
	void bookingRulesAreOptionalAndBounded() {
		List<ScheduleRequest.HoursRequest> monday = List.of(hours("MONDAY", "09:00", "12:00"));

		assertThat(invalidFields(new ScheduleRequest("UTC", 30, monday, 0, 365, 240))).isEmpty();
		assertThat(invalidFields(new ScheduleRequest("UTC", 30, monday, -1, 0, 241)))
			.containsExactlyInAnyOrder("minNoticeMinutes", "maxDaysAhead", "bufferMinutes");
		assertThat(invalidFields(new ScheduleRequest("UTC", 30, monday, 7 * 24 * 60 + 1, 366, null)))
			.containsExactlyInAnyOrder("minNoticeMinutes", "maxDaysAhead");
		assertThat(new ScheduleRequest("UTC", 30, monday, null, null, null).toRules())
			.isEqualTo(BookingRules.of(120, 90, 0));
	}

	@Test
	void namesTheRangeWithAnUnknownDayOrAMalformedTime() {
		ScheduleRequest request = new ScheduleRequest("UTC", 30,
				Arrays.asList(hours("MONDAY", "09:00", "12:00"), hours("FUNDAY", "9am", "24:00")), null, null, null);

		assertThat(invalidFields(request)).containsExactlyInAnyOrder("weeklyHours[1].day", "weeklyHours[1].start",
				"weeklyHours[1].end");
	}

}
