package org.careflow.notification.messages;

import java.time.Duration;
import java.time.Instant;

import org.careflow.platform.links.ActionLink;
import org.careflow.platform.links.LinkAction;
import org.careflow.platform.links.LinkSigner;

/**
 * Makes the signed links emails carry: {@code <public url>/links/<token>}, which the
 * gateway hands to the service that owns what the link acts on, and
 * {@code <public url>/links/email/<token>} for the welcome's address check, which it
 * hands to patient-service. A token names only ids and times (no name, no reason, no
 * health data) and is used once; each call issues a new link.
 */
public final class ActionLinks {

	/** How long a welcome's link verifies the address unless configured otherwise. */
	public static final Duration DEFAULT_VERIFY_EMAIL_VALIDITY = Duration.ofHours(72);

	private static final String PATH = "/links/";

	private static final String EMAIL_PATH = "/links/email/";

	private final LinkSigner signer;

	private final String publicUrl;

	private final Duration verifyEmailValidity;

	/**
	 * @param publicUrl where a patient's browser reaches the gateway, without a trailing
	 * slash
	 * @param verifyEmailValidity how long after registering the welcome's link verifies
	 * the address
	 */
	public ActionLinks(LinkSigner signer, String publicUrl, Duration verifyEmailValidity) {
		this.signer = signer;
		this.publicUrl = publicUrl;
		this.verifyEmailValidity = verifyEmailValidity;
	}

	/** Welcome links that work for {@link #DEFAULT_VERIFY_EMAIL_VALIDITY}. */
	public ActionLinks(LinkSigner signer, String publicUrl) {
		this(signer, publicUrl, DEFAULT_VERIFY_EMAIL_VALIDITY);
	}

	/**
	 * Confirms that the patient reads the address they registered with, for
	 * {@code verifyEmailValidity} after registering. Bound to the address (digested): it
	 * verifies nothing once the patient changed it.
	 */
	public String verifyEmail(String patientId, String email, Instant registeredAt) {
		return this.publicUrl + EMAIL_PATH + this.signer.sign(ActionLink.issue(LinkAction.VERIFY_EMAIL, patientId,
				patientId, ActionLink.boundToAddress(email), registeredAt.plus(this.verifyEmailValidity)));
	}

	Duration verifyEmailValidity() {
		return this.verifyEmailValidity;
	}

	/**
	 * Cancels the appointment as the email showed it, until it starts (a link to an
	 * appointment moved since does nothing: it is bound to the start).
	 */
	public String cancel(String appointmentId, String patientId, Instant start) {
		return url(
				ActionLink.issue(LinkAction.CANCEL, appointmentId, patientId, ActionLink.boundToStart(start), start));
	}

	/** Moves the appointment as the email showed it to another time, until it starts. */
	public String reschedule(String appointmentId, String patientId, Instant start) {
		return url(ActionLink.issue(LinkAction.RESCHEDULE, appointmentId, patientId, ActionLink.boundToStart(start),
				start));
	}

	/** Takes the slot a waitlist offer holds, while the offer holds it. */
	public String acceptOffer(String offerId, String patientId, Instant expiresAt) {
		return url(ActionLink.issue(LinkAction.ACCEPT_OFFER, offerId, patientId, offerId, expiresAt));
	}

	/** Both links of an upcoming appointment: cancel and reschedule. */
	AppointmentLinks forAppointment(String appointmentId, String patientId, Instant start) {
		return new AppointmentLinks(cancel(appointmentId, patientId, start),
				reschedule(appointmentId, patientId, start));
	}

	private String url(ActionLink link) {
		return this.publicUrl + PATH + this.signer.sign(link);
	}

}
