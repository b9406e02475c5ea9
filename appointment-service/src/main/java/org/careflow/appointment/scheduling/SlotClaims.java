package org.careflow.appointment.scheduling;

import java.time.Instant;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.careflow.appointment.domain.BookedSlot;

import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClientException;

/**
 * Claims a slot for a new appointment at the scheduling service, on behalf of the patient
 * (their own token is relayed). Any failure to get an answer becomes one
 * {@link SchedulingUnavailableException}, so a booking is never stored unconfirmed.
 */
@Service
public class SlotClaims {

	private final SchedulingClient client;

	SlotClaims(SchedulingClient client) {
		this.client = client;
	}

	/**
	 * @throws SlotTakenException if another appointment holds the slot
	 * @throws SlotNotBookableException if the start is not a future slot of the doctor
	 * @throws SchedulingUnavailableException if scheduling gave no usable answer
	 */
	public BookedSlot claim(String doctorId, Instant start, String appointmentId, String bearerToken) {
		try {
			SchedulingClient.ClaimResponse claim = this.client
				.claim(new SchedulingClient.ClaimRequest(doctorId, start, appointmentId), bearerToken);
			if (claim == null || claim.end() == null) {
				throw new SchedulingUnavailableException("The scheduling service gave an empty answer.", null);
			}
			return new BookedSlot(doctorId, start, claim.end(), claim.timeZone());
		}
		catch (CallNotPermittedException ex) {
			throw new SchedulingUnavailableException(
					"The scheduling service is failing; booking is paused for a few seconds.", ex);
		}
		catch (RestClientException | SchedulingServerError | SchedulingClient.SchedulingRefusedException ex) {
			throw new SchedulingUnavailableException("The scheduling service did not confirm the slot.", ex);
		}
	}

}
