package org.careflow.appointment.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Semaphore;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.careflow.appointment.domain.BookedSlot;
import org.careflow.platform.identity.ServiceTokenUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClientException;

/**
 * Claims a slot for a new appointment at the scheduling service, for a patient, and frees
 * it when the appointment is cancelled. Answers about a claim (taken, not a slot,
 * invalid) reach the caller as they are; any failure to get an answer becomes one
 * {@link SchedulingUnavailableException} (or {@link SignInUnavailableException}), so a
 * booking is never stored unconfirmed. A release never fails: the cancellation event
 * frees the slot anyway.
 * <p>
 * A claim that got no answer (a timeout, a 5xx) may still have been taken by scheduling,
 * which holds it tentatively until {@code appointment.booked} confirms it — an event that
 * never comes, as nothing was booked. Left alone, that claim would answer the patient's
 * retry with 409 "slot taken" until scheduling's sweep frees it minutes later. So the
 * claim is given back at once, in the background (the patient's 503 does not wait for
 * it), at most {@value #MAX_BACKGROUND_RELEASES} at a time; beyond that, the sweep frees
 * them.
 */
@Service
public class SlotClaims {

	private static final Logger log = LoggerFactory.getLogger(SlotClaims.class);

	static final int MAX_BACKGROUND_RELEASES = 32;

	private final Semaphore backgroundReleases = new Semaphore(MAX_BACKGROUND_RELEASES);

	private final SchedulingClient client;

	SlotClaims(SchedulingClient client) {
		this.client = client;
	}

	/**
	 * @param holdId the patient's hold of this slot, or {@code null}
	 * @throws SlotTakenException if another appointment holds the slot
	 * @throws SlotNotBookableException if the start is not a future slot of the doctor
	 * @throws InvalidClaimException if scheduling found the input invalid
	 * @throws SchedulingUnavailableException if scheduling gave no usable answer
	 * @throws SignInUnavailableException if this service could not get its own token
	 */
	public BookedSlot claim(String doctorId, Instant start, String appointmentId, String patientId, String holdId) {
		try {
			SchedulingClient.ClaimResponse claim = this.client
				.claim(new SchedulingClient.ClaimRequest(doctorId, start, appointmentId, patientId, holdId));
			if (claim == null || claim.end() == null) {
				throw new SchedulingUnavailableException("The scheduling service gave an empty answer.", null);
			}
			return new BookedSlot(doctorId, start, claim.end(), claim.timeZone());
		}
		catch (CallNotPermittedException ex) {
			throw new SchedulingUnavailableException(
					"The scheduling service is failing; booking is paused for a few seconds.", ex);
		}
		catch (ServiceTokenUnavailableException ex) {
			throw new SignInUnavailableException(ex);
		}
		catch (SchedulingClient.SchedulingRefusedException ex) {
			// our client or its roles are not set up right: an operator must act
			log.error("{}: check KEYCLOAK_CLIENT_ID and that its service account has the realm role 'service'",
					ex.getMessage());
			throw new SchedulingUnavailableException("The scheduling service did not accept our request.", ex);
		}
		catch (RestClientException | SchedulingServerError ex) {
			giveBackInBackground(doctorId, start, appointmentId);
			throw new SchedulingUnavailableException("The scheduling service did not confirm the slot.", ex);
		}
	}

	/** Releases a claim that may have been taken without our hearing of it. */
	private void giveBackInBackground(String doctorId, Instant start, String appointmentId) {
		if (!this.backgroundReleases.tryAcquire()) {
			log.warn("Claim of unbooked appointment {} left to scheduling's sweep (too many releases under way)",
					appointmentId);
			return;
		}
		Thread.ofVirtual().name("claim-release").start(() -> {
			try {
				release(doctorId, start, appointmentId);
			}
			finally {
				this.backgroundReleases.release();
			}
		});
	}

	/**
	 * Frees the slot of an appointment whose cancellation is stored, so that it can be
	 * booked again at once rather than when scheduling reads
	 * {@code appointment.cancelled}. Scheduling down, slow, its breaker open, no token:
	 * the slot stays held until that event frees it, a few moments later — a cancellation
	 * is never refused for this.
	 * @return whether scheduling confirmed the appointment holds the slot no more
	 */
	public boolean release(String doctorId, Instant start, String appointmentId) {
		try {
			this.client.release(new SchedulingClient.ReleaseRequest(doctorId, start, appointmentId));
			return true;
		}
		catch (CallNotPermittedException ex) {
			log.warn("Slot of cancelled appointment {} not released at once (scheduling paused by the circuit breaker);"
					+ " its cancellation event will free it", appointmentId);
		}
		catch (SchedulingClient.SchedulingRefusedException ex) {
			log.error("{} for appointment {}; its cancellation event will free the slot", ex.getMessage(),
					appointmentId);
		}
		catch (RuntimeException ex) {
			// whatever else went wrong, the cancellation is stored and must be answered
			log.warn("Slot of cancelled appointment {} not released at once ({}); its cancellation event will free it",
					appointmentId, ex.toString());
		}
		return false;
	}

	/**
	 * Holds a slot for a patient for {@code ttl}, as a waitlist offer.
	 * @throws SlotTakenException if someone else holds or claimed it
	 * @throws SlotNotBookableException if it is no bookable slot (any more)
	 * @throws SchedulingUnavailableException if scheduling gave no usable answer
	 */
	public SlotHold holdFor(String doctorId, Instant start, String patientId, Duration ttl) {
		try {
			SchedulingClient.HoldResponse hold = this.client
				.hold(new SchedulingClient.HoldRequest(doctorId, start, patientId, ttl.toSeconds()));
			if (hold == null || hold.holdId() == null || hold.end() == null || hold.expiresAt() == null) {
				throw new SchedulingUnavailableException("The scheduling service gave an empty answer.", null);
			}
			return new SlotHold(hold.holdId(), doctorId, start, hold.end(), hold.timeZone(), hold.expiresAt());
		}
		catch (CallNotPermittedException | ServiceTokenUnavailableException
				| SchedulingClient.SchedulingRefusedException | RestClientException | SchedulingServerError ex) {
			throw new SchedulingUnavailableException("The scheduling service did not hold the slot.", ex);
		}
	}

	/**
	 * The starts of the first {@code limit} free slots of a doctor between {@code from}
	 * and {@code to}, earliest first.
	 * @throws SchedulingUnavailableException if scheduling gave no usable answer
	 */
	public List<Instant> freeStarts(String doctorId, Instant from, Instant to, int limit) {
		try {
			return this.client.freeSlots(doctorId, from, to, limit)
				.stream()
				.map(SchedulingClient.FreeSlot::start)
				.filter(Objects::nonNull)
				.sorted()
				.limit(limit)
				.toList();
		}
		catch (CallNotPermittedException | ServiceTokenUnavailableException
				| SchedulingClient.SchedulingRefusedException | RestClientException | SchedulingServerError ex) {
			throw new SchedulingUnavailableException("The scheduling service did not list the free slots.", ex);
		}
	}

	/** Lets a hold go; never fails (an unreleased hold expires at scheduling). */
	public void releaseHold(String holdId) {
		try {
			this.client.releaseHold(new SchedulingClient.HoldReleaseRequest(holdId));
		}
		catch (RuntimeException ex) {
			log.warn("Hold {} not released ({}); it expires at scheduling", holdId, ex.toString());
		}
	}

	/** A slot held for a patient until {@code expiresAt}. */
	public record SlotHold(String holdId, String doctorId, Instant start, Instant end, String timeZone,
			Instant expiresAt) {
	}

}
