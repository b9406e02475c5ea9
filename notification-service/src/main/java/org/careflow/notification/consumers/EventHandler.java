package org.careflow.notification.consumers;

import org.careflow.events.CareFlowEvent;
import org.careflow.events.DoctorRegistered;
import org.careflow.events.PatientRegistered;
import org.careflow.notification.contacts.ContactBook;
import org.careflow.notification.messages.MessageDelivery;
import org.careflow.notification.messages.MessagePlanner;

import org.springframework.stereotype.Component;

/**
 * What the service does with one event: learn the contacts it carries, then send the
 * email it calls for. Both steps are safe to repeat, because Kafka may deliver an event
 * more than once.
 */
@Component
class EventHandler {

	private final ContactBook contacts;

	private final MessagePlanner planner;

	private final MessageDelivery delivery;

	EventHandler(ContactBook contacts, MessagePlanner planner, MessageDelivery delivery) {
		this.contacts = contacts;
		this.planner = planner;
		this.delivery = delivery;
	}

	void handle(CareFlowEvent event) {
		if (event instanceof PatientRegistered registered) {
			this.contacts.record(registered);
		}
		else if (event instanceof DoctorRegistered registered) {
			this.contacts.record(registered);
		}
		this.planner.emailFor(event)
			.ifPresent(email -> this.delivery.deliver(event.eventId().toString(), event.type(), email));
	}

}
