package org.careflow.patient.crypto;

import org.careflow.patient.domain.Patient;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterLoadEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;
import org.springframework.stereotype.Component;

/**
 * Seals a patient document on its way into MongoDB (an insert or save of a
 * {@link Patient}, after mapping) and opens it on its way out (before mapping), so every
 * reader of {@code Patient} gets plain values and the store holds sealed ones. Updates
 * that {@code $set} profile fields seal them themselves ({@link PatientSealing#seal}).
 */
@Component
class SealedPatients extends AbstractMongoEventListener<Patient> {

	private final PatientSealing sealing;

	SealedPatients(PatientSealing sealing) {
		this.sealing = sealing;
	}

	@Override
	public void onBeforeSave(BeforeSaveEvent<Patient> event) {
		this.sealing.seal(event.getSource().id(), event.getDocument());
	}

	@Override
	public void onAfterLoad(AfterLoadEvent<Patient> event) {
		this.sealing.open(event.getDocument());
	}

}
