package org.careflow.notification.consumers;

import org.careflow.events.CareFlowEvent;
import org.careflow.events.DoctorRegistered;
import org.careflow.events.DoctorUpdated;
import org.careflow.events.PatientNotificationPreferencesChanged;
import org.careflow.events.PatientAnonymised;
import org.careflow.events.PatientRegistered;
import org.careflow.events.PatientUpdated;
import org.careflow.notification.contacts.ContactBook;
import org.careflow.notification.messages.MessageDelivery;
import org.careflow.notification.messages.MessageHistory;
import org.careflow.notification.messages.MessagePlanner;
import org.careflow.notification.reminders.Reminders;
import org.careflow.notification.summaries.VisitSummaries;

import org.springframework.stereotype.Component;

/**
 * What the service does with one event: learn the contacts it carries, keep the
 * appointment's reminders and the visit's summary email planned, then send the email it
 * calls for. Every step is safe to repeat, because Kafka may deliver an event more than
 * once (and does, when the email fails and the event is retried).
 */
@Component
class EventHandler {

	private final ContactBook contacts;

	private final MessagePlanner planner;

	private final MessageDelivery delivery;

	private final Reminders reminders;

	private final VisitSummaries visitSummaries;

	private final MessageHistory history;

	EventHandler(ContactBook contacts, MessagePlanner planner, MessageDelivery delivery, Reminders reminders,
			VisitSummaries visitSummaries, MessageHistory history) {
		this.contacts = contacts;
		this.planner = planner;
		this.delivery = delivery;
		this.reminders = reminders;
		this.visitSummaries = visitSummaries;
		this.history = history;
	}

	void handle(CareFlowEvent event) {
		if (event instanceof PatientRegistered registered) {
			this.contacts.record(registered);
		}
		else if (event instanceof DoctorRegistered registered) {
			this.contacts.record(registered);
		}
		else if (event instanceof DoctorUpdated updated) {
			this.contacts.record(updated);
		}
		else if (event instanceof PatientNotificationPreferencesChanged preferences) {
			this.contacts.record(preferences);
		}
		else if (event instanceof PatientUpdated updated) {
			this.contacts.record(updated);
		}
		else if (event instanceof PatientAnonymised anonymised) {
			this.contacts.record(anonymised);
			this.history.forgetRecipient(anonymised.aggregateId());
		}
		this.reminders.on(event);
		this.visitSummaries.on(event);
		this.planner.emailFor(event)
			.ifPresent(email -> this.delivery.deliver(MessagePlanner.messageIdOf(event), event.type(), email));
		this.planner.doctorEmailFor(event)
			.ifPresent(email -> this.delivery.deliver(MessagePlanner.doctorMessageIdOf(event), event.type(), email));
	}

}
