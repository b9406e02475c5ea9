package org.careflow.notification.messages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.careflow.platform.links.ActionLink;
import org.careflow.platform.links.LinkAction;
import org.careflow.platform.links.LinkCheck;
import org.careflow.platform.links.LinkProperties;
import org.careflow.platform.links.LinkSigner;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActionLinksTest {

	static final String KEY = "a-test-key-of-at-least-32-characters";

	private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

	private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");

	private final LinkSigner signer = signer(NOW);

	private final ActionLinks links = new ActionLinks(this.signer, "https://careflow.example.org");

	@Test
	void aCancelLinkIsBoundToTheAppointmentAsShownAndExpiresWhenItStarts() {
		ActionLink link = valid(this.links.cancel("appointment-1", "patient-1", START));

		assertThat(link.action()).isEqualTo(LinkAction.CANCEL);
		assertThat(link.subjectId()).isEqualTo("appointment-1");
		assertThat(link.patientId()).isEqualTo("patient-1");
		assertThat(link.boundTo()).isEqualTo(String.valueOf(START.getEpochSecond()));
		assertThat(link.expiresAt()).isEqualTo(START);
	}

	@Test
	void aRescheduleLinkIsBoundTheSameWay() {
		ActionLink link = valid(this.links.reschedule("appointment-1", "patient-1", START));

		assertThat(link.action()).isEqualTo(LinkAction.RESCHEDULE);
		assertThat(link.subjectId()).isEqualTo("appointment-1");
		assertThat(link.patientId()).isEqualTo("patient-1");
		assertThat(link.boundTo()).isEqualTo(ActionLink.boundToStart(START));
		assertThat(link.expiresAt()).isEqualTo(START);
	}

	@Test
	void anAcceptLinkIsBoundToTheOfferAndExpiresWithIt() {
		Instant offerEnds = NOW.plus(Duration.ofHours(2));

		ActionLink link = valid(this.links.acceptOffer("offer-1", "patient-1", offerEnds));

		assertThat(link.action()).isEqualTo(LinkAction.ACCEPT_OFFER);
		assertThat(link.subjectId()).isEqualTo("offer-1");
		assertThat(link.patientId()).isEqualTo("patient-1");
		assertThat(link.boundTo()).isEqualTo("offer-1");
		assertThat(link.expiresAt()).isEqualTo(offerEnds);
	}

	@Test
	void aLinkIsExpiredOnceTheAppointmentStarted() {
		String url = this.links.cancel("appointment-1", "patient-1", START);

		assertThat(signer(START).check(tokenOf(url))).isInstanceOf(LinkCheck.Expired.class);
	}

	@Test
	void everyLinkIsItsOwnSoUsingOneLeavesTheOthers() {
		AppointmentLinks both = this.links.forAppointment("appointment-1", "patient-1", START);
		ActionLink cancel = valid(both.cancel());
		ActionLink reschedule = valid(both.reschedule());

		assertThat(cancel.action()).isEqualTo(LinkAction.CANCEL);
		assertThat(reschedule.action()).isEqualTo(LinkAction.RESCHEDULE);
		assertThat(cancel.linkId()).isNotEqualTo(reschedule.linkId())
			.isNotEqualTo(valid(this.links.cancel("appointment-1", "patient-1", START)).linkId());
	}

	@Test
	void theUrlIsTheGatewaysLinksPathAndATokenThatNamesOnlyIdsAndTimes() {
		String url = this.links.cancel("appointment-1", "patient-1", START);

		assertThat(url).matches("https://careflow\\.example\\.org/links/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
	}

	@Test
	void aVerifyEmailLinkIsThePatientsBoundToTheAddressAndExpiresTheValidityAfterRegistering() {
		ActionLinks links = new ActionLinks(this.signer, "https://careflow.example.org", Duration.ofHours(5));

		String url = links.verifyEmail("patient-1", "Jane@Example.org", NOW);
		LinkCheck check = this.signer.check(url.substring(url.indexOf("/links/email/") + "/links/email/".length()));

		assertThat(url).matches("https://careflow\\.example\\.org/links/email/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
		assertThat(check).isInstanceOfSatisfying(LinkCheck.Valid.class, valid -> {
			assertThat(valid.link().action()).isEqualTo(LinkAction.VERIFY_EMAIL);
			assertThat(valid.link().subjectId()).isEqualTo("patient-1");
			assertThat(valid.link().patientId()).isEqualTo("patient-1");
			assertThat(valid.link().boundTo()).isEqualTo(ActionLink.boundToAddress("jane@example.org"));
			assertThat(valid.link().expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(5)));
		});
		assertThat(links.verifyEmailValidity()).isEqualTo(Duration.ofHours(5));
	}

	@Test
	void aVerifyEmailLinkWorksSeventyTwoHoursUnlessConfiguredOtherwise() {
		String url = this.links.verifyEmail("patient-1", "jane@example.org", NOW);

		assertThat(
				signer(NOW.plus(Duration.ofHours(72)).minusSeconds(1)).check(url.substring(url.lastIndexOf('/') + 1)))
			.isInstanceOf(LinkCheck.Valid.class);
		assertThat(signer(NOW.plus(Duration.ofHours(72))).check(url.substring(url.lastIndexOf('/') + 1)))
			.isInstanceOf(LinkCheck.Expired.class);
	}

	private ActionLink valid(String url) {
		LinkCheck check = this.signer.check(tokenOf(url));
		assertThat(check).isInstanceOf(LinkCheck.Valid.class);
		return ((LinkCheck.Valid) check).link();
	}

	/** The token, as the gateway reads it from the path. */
	static String tokenOf(String url) {
		return url.substring(url.indexOf("/links/") + "/links/".length());
	}

	static LinkSigner signer(Instant now) {
		return new LinkSigner(new LinkProperties(KEY, null), Clock.fixed(now, ZoneOffset.UTC));
	}

}
