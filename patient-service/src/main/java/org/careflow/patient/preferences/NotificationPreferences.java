package org.careflow.patient.preferences;

import jakarta.validation.constraints.NotNull;

/**
 * The emails a patient may turn off: reminders before a visit, and "your visit summary is
 * ready". What happened to an appointment (booked, moved, cancelled by the clinic,
 * missed) is always told, so it has no switch here. Both on until the patient says
 * otherwise.
 */
public record NotificationPreferences(@NotNull Boolean reminders, @NotNull Boolean visitSummaries) {

	public static final NotificationPreferences ALL_ON = new NotificationPreferences(true, true);

}
