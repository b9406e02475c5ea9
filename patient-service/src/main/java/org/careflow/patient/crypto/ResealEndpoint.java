package org.careflow.patient.crypto;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * The rotation's command: {@code POST /actuator/reseal} on the management port (kept
 * private to the network, as every actuator endpoint) reseals now, on this replica, every
 * profile and chart entry not sealed with the current key, while the service keeps
 * serving; the same pass runs in the background after each start. Answers counts only.
 */
@Component
@Endpoint(id = "reseal")
public class ResealEndpoint {

	private final ProfileResealing profiles;

	private final ChartResealing chart;

	private final FieldCipher cipher;

	ResealEndpoint(ProfileResealing profiles, ChartResealing chart, FieldCipher cipher) {
		this.profiles = profiles;
		this.chart = chart;
		this.cipher = cipher;
	}

	@WriteOperation
	public Resealed reseal() {
		return new Resealed(this.cipher.currentKeyId(), this.profiles.resealAll(), this.chart.resealAll());
	}

	/**
	 * @param currentKey the key everything is sealed with now
	 * @param profiles how many profiles were resealed by this call
	 * @param chartEntries how many chart entries were resealed by this call
	 */
	public record Resealed(String currentKey, int profiles, int chartEntries) {
	}

}
