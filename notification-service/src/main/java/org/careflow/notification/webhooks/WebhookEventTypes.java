package org.careflow.notification.webhooks;

import java.util.Set;

import org.careflow.events.AppointmentBooked;
import org.careflow.events.AppointmentCancelled;
import org.careflow.events.AppointmentCheckedIn;
import org.careflow.events.AppointmentEnteredInError;
import org.careflow.events.AppointmentFulfilled;
import org.careflow.events.AppointmentNoShow;
import org.careflow.events.AppointmentRescheduled;

/**
 * The events a subscription may ask for: an appointment's life, told by ids and times.
 */
final class WebhookEventTypes {

	static final Set<String> ALL = Set.of(AppointmentBooked.TYPE, AppointmentRescheduled.TYPE,
			AppointmentCancelled.TYPE, AppointmentCheckedIn.TYPE, AppointmentFulfilled.TYPE, AppointmentNoShow.TYPE,
			AppointmentEnteredInError.TYPE);

	private WebhookEventTypes() {
	}

}
