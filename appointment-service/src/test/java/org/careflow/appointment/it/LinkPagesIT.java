package org.careflow.appointment.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.careflow.appointment.waitlist.Waitlist;
import org.careflow.platform.links.ActionLink;
import org.careflow.platform.links.LinkAction;
import org.careflow.platform.links.LinkProperties;
import org.careflow.platform.links.LinkSigner;
import org.careflow.testinfra.ApiClient;
import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pages behind emails' links, reached without signing in: a GET shows and changes
 * nothing, the button's POST acts once; tampered, expired, used and superseded links get
 * a clear page and change nothing.
 */
class LinkPagesIT extends AgainstFakeScheduling {

	static final LinkSigner SIGNER = new LinkSigner(new LinkProperties(TestInfrastructure.LINK_SIGNING_KEY, null),
			Clock.systemUTC());

	final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	Waitlist waitlist;

	@Test
	void aCancelLinkShowsWhatItWouldDoChangingNothingAndCancelsOnceWhenItsButtonIsPressed() throws Exception {
		String id = bookedId(at("10:00"));
		String token = link(LinkAction.CANCEL, id, at("10:00"));

		HttpResponse<String> shown = get(token);
		assertThat(shown.statusCode()).isEqualTo(200);
		assertThat(shown.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(shown.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(shown.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(shown.body()).contains("Cancel your appointment?")
			.contains("at 11:00 (Europe/Paris)")
			.contains("<form method=\"post\">")
			.doesNotContain(token);
		assertThat(statusOf(id)).as("a GET changes nothing").isEqualTo("booked");

		HttpResponse<String> done = post(token, null);
		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(done.body()).contains("Your appointment is cancelled");
		assertThat(statusOf(id)).isEqualTo("cancelled");
		assertThat(awaitEvent("appointment.cancelled", id).get("start").asString()).isEqualTo(at("10:00").toString());
		assertThat(scheduling.releases()).as("its slot freed at once").hasSize(1);

		assertThat(post(token, null)).satisfies(page("410", "already been used"));
		assertThat(get(token)).satisfies(page("410", "already been used"));
	}

	@Test
	void aLinkClickedTwiceAtTheSameMomentActsOnce() throws Exception {
		String id = bookedId(at("10:30"));
		String token = link(LinkAction.CANCEL, id, at("10:30"));

		CompletableFuture<HttpResponse<String>> one = postAsync(token);
		CompletableFuture<HttpResponse<String>> other = postAsync(token);

		assertThat(List.of(one.get().statusCode(), other.get().statusCode())).containsExactlyInAnyOrder(200, 410);
		assertThat(scheduling.releases()).hasSize(1);
	}

	@Test
	void aTamperedTruncatedOrMadeUpLinkGetsAClearPageAndChangesNothing() throws Exception {
		String id = bookedId(at("11:00"));
		String token = link(LinkAction.CANCEL, id, at("11:00"));
		char last = token.charAt(token.length() - 1);
		String tampered = token.substring(0, token.length() - 1) + ((last == 'A') ? 'B' : 'A');

		for (String bad : List.of(tampered, token.substring(0, token.length() - 5), "made-up", "x".repeat(600))) {
			assertThat(get(bad)).satisfies(page("400", "This link is not valid"));
			assertThat(post(bad, null)).satisfies(page("400", "This link is not valid"));
		}
		assertThat(statusOf(id)).isEqualTo("booked");
	}

	@Test
	void anExpiredLinkGetsAClearPageAndChangesNothing() throws Exception {
		String id = bookedId(at("11:30"));
		String expired = SIGNER.sign(ActionLink.issue(LinkAction.CANCEL, id, PATIENT_ID,
				ActionLink.boundToStart(at("11:30")), Instant.now().minusSeconds(1)));

		assertThat(get(expired)).satisfies(page("410", "This link has expired"));
		assertThat(post(expired, null)).satisfies(page("410", "This link has expired"));
		assertThat(statusOf(id)).isEqualTo("booked");
	}

	@Test
	void aLinkFromBeforeARescheduleDoesNotTouchTheNewAppointment() throws Exception {
		String old = bookedId(at("12:00"));
		String oldCancelLink = link(LinkAction.CANCEL, old, at("12:00"));
		ApiClient.Response moved = this.api.call(HttpMethod.POST, "/api/appointments/" + old + "/reschedule", patient,
				Map.of("start", at("12:30").toString()));
		assertThat(moved.status()).isEqualTo(201);
		String next = moved.body().get("id").asString();

		assertThat(get(oldCancelLink)).satisfies(page("410", "has changed since this email"));
		assertThat(post(oldCancelLink, null)).satisfies(page("410", "has changed since this email"));
		assertThat(statusOf(next)).isEqualTo("booked");
		assertThat(post(link(LinkAction.CANCEL, next, at("12:00")), null))
			.as("a link bound to another start than the appointment's")
			.satisfies(page("410", "has changed since this email"));
		assertThat(statusOf(next)).isEqualTo("booked");
	}

	@Test
	void aRescheduleLinkOffersTheDoctorsFreeTimesAndMovesTheAppointmentToThePressedOne() throws Exception {
		String id = bookedId(at("13:00"));
		scheduling.freeSlots(List.of(at("13:00"), at("15:00"), at("16:00")));
		String token = link(LinkAction.RESCHEDULE, id, at("13:00"));

		HttpResponse<String> shown = get(token);
		assertThat(shown.statusCode()).isEqualTo(200);
		assertThat(shown.body()).contains("Choose a new time")
			.contains("value=\"" + at("15:00") + "\"")
			.contains("value=\"" + at("16:00") + "\"")
			.as("not its own time")
			.doesNotContain("value=\"" + at("13:00") + "\"");
		assertThat(post(token, "not-a-time")).satisfies(page("400", "Choose a time from the list"));
		assertThat(statusOf(id)).isEqualTo("booked");

		HttpResponse<String> done = post(token, at("16:00").toString());
		assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
		assertThat(done.body()).contains("Your appointment is moved").contains("at 17:00 (Europe/Paris)");
		JsonNode old = this.api.get("/api/appointments/" + id, patient).body();
		assertThat(old.get("status").asString()).isEqualTo("cancelled");
		JsonNode next = this.api.get("/api/appointments/" + old.get("replacedBy").asString(), patient).body();
		assertThat(next.get("start").asString()).isEqualTo(at("16:00").toString());
		assertThat(post(token, at("15:00").toString())).satisfies(page("410", "already been used"));
	}

	@Test
	void aRescheduleToATimeJustTakenOffersTheOthersAndLeavesTheLinkUsable() throws Exception {
		String id = bookedId(at("13:30"));
		scheduling.freeSlots(List.of(at("15:30"), at("16:30")));
		scheduling.answer(at("15:30"), 409, "{\"status\":409,\"detail\":\"taken\"}");
		String token = link(LinkAction.RESCHEDULE, id, at("13:30"));

		assertThat(post(token, at("15:30").toString())).satisfies(page("409", "That time was just taken"));
		assertThat(statusOf(id)).isEqualTo("booked");
		assertThat(post(token, at("16:30").toString()).statusCode()).isEqualTo(200);
	}

	@Test
	void anOfferLinkBooksTheHeldSlotOnce() throws Exception {
		ApiClient.Response joined = this.api.call(HttpMethod.POST, "/api/waitlist", patient,
				Map.of("doctorId", HOUSE, "from", at("08:00").toString(), "to", at("18:00").toString()));
		assertThat(joined.status()).isEqualTo(201);
		assertThat(this.waitlist.offerFreedSlot(HOUSE, at("14:00"), Instant.now())).isTrue();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.api.get("/api/waitlist", patient).body().get(0).has("offer"));
		JsonNode offer = this.api.get("/api/waitlist", patient).body().get(0).get("offer");
		String offerId = offer.get("id").asString();
		String token = SIGNER.sign(ActionLink.issue(LinkAction.ACCEPT_OFFER, offerId, PATIENT_ID, offerId,
				Instant.parse(offer.get("expiresAt").asString())));

		assertThat(get(token)).satisfies(page("200", "Take this appointment?"));
		assertThat(this.api.get("/api/appointments", patient).body()).as("a GET books nothing").isEmpty();

		assertThat(post(token, null)).satisfies(page("200", "You are booked"));
		JsonNode booked = this.api.get("/api/appointments", patient).body();
		assertThat(booked).singleElement()
			.satisfies(
					(appointment) -> assertThat(appointment.get("start").asString()).isEqualTo(at("14:00").toString()));
		assertThat(post(token, null)).satisfies(page("410", "already been used"));
	}

	private static String link(LinkAction action, String appointmentId, Instant start) {
		return SIGNER.sign(ActionLink.issue(action, appointmentId, PATIENT_ID, ActionLink.boundToStart(start), start));
	}

	private String statusOf(String id) {
		return this.api.get("/api/appointments/" + id, patient).body().get("status").asString();
	}

	private HttpResponse<String> get(String token) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(token)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String token, String choice) throws IOException, InterruptedException {
		return this.http.send(form(token, choice), HttpResponse.BodyHandlers.ofString());
	}

	private CompletableFuture<HttpResponse<String>> postAsync(String token) {
		return this.http.sendAsync(form(token, null), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest form(String token, String choice) {
		String body = "choice=" + ((choice != null) ? URLEncoder.encode(choice, StandardCharsets.UTF_8) : "");
		return HttpRequest.newBuilder(uri(token))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private URI uri(String token) {
		return URI.create("http://127.0.0.1:" + this.port + "/links/" + token);
	}

	private static java.util.function.Consumer<HttpResponse<String>> page(String status, String says) {
		return (response) -> {
			assertThat(response.statusCode()).as(response.body()).hasToString(status);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
			assertThat(response.body()).contains(says);
		};
	}

}
