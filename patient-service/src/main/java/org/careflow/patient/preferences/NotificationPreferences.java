package org.careflow.patient.preferences;

import jakarta.validation.constraints.NotNull;
import org.careflow.platform.validation.IanaTimeZone;

/**
 * The emails a patient may turn off: reminders before a visit, and "your visit summary is
 * ready". What happened to an appointment (booked, moved, cancelled by the clinic,
 * missed) is always told, so it has no switch here. Both on until the patient says
 * otherwise. With them, the patient's own time zone, if it is not the clinic's: emails
 * then show each time in the doctor's zone and in theirs.
 *
 * @param timeZone an IANA zone such as {@code Europe/London}; null for none
 */
public record NotificationPreferences(@NotNull Boolean reminders, @NotNull Boolean visitSummaries,
		@IanaTimeZone String timeZone) {

	public static final NotificationPreferences ALL_ON = new NotificationPreferences(true, true, null);

}
