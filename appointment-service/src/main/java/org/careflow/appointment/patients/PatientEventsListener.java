package org.careflow.appointment.patients;

import org.careflow.appointment.booking.Withdrawals;
import org.careflow.events.PatientAnonymised;
import org.careflow.events.PatientDeactivated;
import org.careflow.events.PatientRegistered;
import org.careflow.events.PatientUpdated;
import org.careflow.events.Topics;
import org.careflow.platform.kafka.EventJson;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link PatientNames} from {@code careflow.patients} (forgetting an anonymised
 * patient's), and cancels the appointments ahead of a patient an admin deactivated.
 * Failures are retried and then dead-lettered by the platform's error handler.
 */
@Component
class PatientEventsListener {

	private final PatientNames names;

	private final Withdrawals withdrawals;

	PatientEventsListener(PatientNames names, Withdrawals withdrawals) {
		this.names = names;
		this.withdrawals = withdrawals;
	}

	@KafkaListener(topics = Topics.PATIENTS)
	void on(String payload) {
		EventJson.read(payload).ifPresent(event -> {
			if (event instanceof PatientRegistered registered) {
				this.names.remember(registered.aggregateId(), registered.firstName(), registered.lastName(),
						registered.occurredAt());
			}
			else if (event instanceof PatientUpdated updated) {
				this.names.remember(updated.aggregateId(), updated.firstName(), updated.lastName(),
						updated.occurredAt());
			}
			else if (event instanceof PatientAnonymised anonymised) {
				this.names.forget(anonymised.aggregateId(), anonymised.occurredAt());
			}
			else if (event instanceof PatientDeactivated deactivated) {
				this.withdrawals.withdrawAllOf(deactivated.aggregateId());
			}
		});
	}

}
