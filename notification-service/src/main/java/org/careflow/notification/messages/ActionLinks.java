package org.careflow.notification.messages;

import java.time.Instant;

import org.careflow.platform.links.ActionLink;
import org.careflow.platform.links.LinkAction;
import org.careflow.platform.links.LinkSigner;

/**
 * Makes the signed links emails carry: {@code <public url>/links/<token>}, which the
 * gateway hands to the service that owns what the link acts on. A token names only ids
 * and times (no name, no reason, no health data) and is used once; each call issues a new
 * link.
 */
public final class ActionLinks {

	private static final String PATH = "/links/";

	private final LinkSigner signer;

	private final String publicUrl;

	/**
	 * @param publicUrl where a patient's browser reaches the gateway, without a trailing
	 * slash
	 */
	public ActionLinks(LinkSigner signer, String publicUrl) {
		this.signer = signer;
		this.publicUrl = publicUrl;
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
