package org.careflow.patient.deactivation;

import org.springframework.stereotype.Component;

/**
 * Whether a patient was deactivated, for features that must not take them on any more.
 */
@Component
public class DeactivatedPatients {

	private final DeactivationStore store;

	DeactivatedPatients(DeactivationStore store) {
		this.store = store;
	}

	/**
	 * @return true for a deactivated patient, false for an active or unknown one
	 */
	public boolean isDeactivated(String patientId) {
		return this.store.find(patientId).map((state) -> !state.isActive()).orElse(false);
	}

}
