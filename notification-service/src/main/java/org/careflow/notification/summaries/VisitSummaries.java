package org.careflow.notification.summaries;

import java.time.Instant;

import org.careflow.events.CareFlowEvent;
import org.careflow.events.VisitUpdated;
import org.careflow.notification.messages.MessageDelivery;

import org.springframework.stereotype.Component;

/**
 * Plans "your visit summary is ready" for a quiet period after each edit of a visit, so
 * the patient hears once, when the doctor has finished, not once per edit. Safe to
 * repeat: Kafka delivers at least once.
 */
@Component
public class VisitSummaries {

	/** Event type of the email in the message log: the edits' own. */
	static final String MESSAGE_TYPE = VisitUpdated.TYPE;

	private final VisitSummaryStore store;

	private final VisitSummaryProperties properties;

	private final MessageDelivery log;

	VisitSummaries(VisitSummaryStore store, VisitSummaryProperties properties, MessageDelivery log) {
		this.store = store;
		this.properties = properties;
		this.log = log;
	}

	/** The id of a visit's summary email in the message log, one per visit. */
	static String messageIdOf(String appointmentId) {
		return "visit-summary:" + appointmentId;
	}

	public void on(CareFlowEvent event) {
		if (event instanceof VisitUpdated visit) {
			// from when the doctor edited, so an edit read late is not waited for twice
			Instant dueAt = visit.occurredAt().plus(this.properties.quietPeriod());
			if (this.store.plan(visit.aggregateId(), visit.patientId(), visit.doctorId(), dueAt)) {
				this.log.planned(messageIdOf(visit.aggregateId()), MESSAGE_TYPE, visit.patientId(), visit.aggregateId(),
						dueAt);
			}
		}
	}

}
