package org.careflow.notification.summaries;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.careflow.events.VisitUpdated;
import org.careflow.localstack.ReceivedMail;
import org.careflow.notification.messages.ActionLinks;
import org.careflow.notification.messages.CalendarInvite;
import org.careflow.notification.messages.Clinic;
import org.careflow.notification.messages.Directory;
import org.careflow.notification.messages.DoctorName;
import org.careflow.notification.messages.MessageDelivery;
import org.careflow.notification.messages.MessageHistory;
import org.careflow.notification.messages.MessageLogEntry;
import org.careflow.notification.messages.MessagePlanner;
import org.careflow.notification.messages.MessageStatus;
import org.careflow.notification.messages.Recipient;
import org.careflow.notification.messages.StoredCalendarChain;
import org.careflow.notification.reminders.ReminderProperties;
import org.careflow.notification.testing.MovableClock;
import org.careflow.notification.testing.Replicas;
import org.careflow.platform.links.LinkProperties;
import org.careflow.platform.links.LinkSigner;
import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Your visit summary is ready" on a real MongoDB server and a real SMTP server, with a
 * clock the test moves and "replicas" that are separate sweeps with their own
 * connections, sharing only the database.
 */
class VisitSummarySweepIT {

	private static final Instant FIRST_EDIT = Instant.parse("2026-12-02T09:20:00Z");

	private static final Duration QUIET = Duration.ofMinutes(10);

	private static final ReminderProperties TIMING = new ReminderProperties(List.of(Duration.ofHours(24)),
			Duration.ofHours(12), Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(1));

	private final String database = "visit-summaries-it-" + UUID.randomUUID();

	private final List<MongoClient> clients = new ArrayList<>();

	private final MovableClock clock = new MovableClock(FIRST_EDIT);

	private final String patientId = UUID.randomUUID().toString();

	private final String doctorId = UUID.randomUUID().toString();

	private final String email = "summarised-" + this.patientId + "@example.org";

	private volatile boolean summariesOff;

	private final Replica replica = new Replica(TestInfrastructure.smtp().port());

	@AfterEach
	void disconnect() {
		this.clients.forEach(MongoClient::close);
	}

	@Test
	void aVisitEditedThreeTimesIsSummarisedOnceTenMinutesAfterTheLastEditAndNeverAgain() {
		String visit = UUID.randomUUID().toString();
		edit(visit, FIRST_EDIT);
		edit(visit, FIRST_EDIT.plus(Duration.ofMinutes(4)));
		Instant lastEdit = FIRST_EDIT.plus(Duration.ofMinutes(8));
		edit(visit, lastEdit);
		// a redelivered first edit does not bring it back earlier
		edit(visit, FIRST_EDIT);

		this.clock.set(FIRST_EDIT.plus(QUIET).plusSeconds(30));
		assertThat(this.replica.sweep.sweep()).as("ten minutes after the first edit").isZero();
		this.clock.set(lastEdit.plus(QUIET).minusSeconds(61));
		assertThat(this.replica.sweep.sweep()).isZero();
		assertThat(summaries()).isEmpty();
		assertThat(logOf(visit).status()).isEqualTo(MessageStatus.PLANNED);
		assertThat(logOf(visit).dueAt()).isEqualTo(lastEdit.plus(QUIET));

		this.clock.set(lastEdit.plus(QUIET).plusSeconds(20));
		assertThat(this.replica.sweep.sweep()).isEqualTo(1);
		assertThat(summaries()).singleElement()
			.satisfies((mail) -> assertThat(mail.body()).contains("Appointment reference: " + visit));
		assertThat(logOf(visit).status()).isEqualTo(MessageStatus.SENT);

		// the doctor corrects a typo the next day: the patient was told already
		edit(visit, lastEdit.plus(Duration.ofDays(1)));
		this.clock.set(lastEdit.plus(Duration.ofDays(1)).plus(QUIET).plusSeconds(30));
		assertThat(this.replica.sweep.sweep()).isZero();
		assertThat(summaries()).hasSize(1);
		assertThat(logOf(visit).status()).isEqualTo(MessageStatus.SENT);
	}

	@Test
	void twoReplicasSweepingTheSameMinuteSendOneEmail() throws Exception {
		String visit = UUID.randomUUID().toString();
		Replica other = new Replica(TestInfrastructure.smtp().port());
		edit(visit, FIRST_EDIT);

		this.clock.set(FIRST_EDIT.plus(QUIET).plusSeconds(20));
		assertThat(Replicas.sweepTogether(this.replica.sweep::sweep, other.sweep::sweep)).isEqualTo(1);

		assertThat(summaries()).hasSize(1);
	}

	@Test
	void aFailedSendIsTriedAgainLaterAndTheEmailStillGoesOutOnce() throws Exception {
		String visit = UUID.randomUUID().toString();
		edit(visit, FIRST_EDIT);
		Replica smtpDown = new Replica(Replicas.closedPort());

		this.clock.set(FIRST_EDIT.plus(QUIET).plusSeconds(20));
		assertThat(smtpDown.sweep.sweep()).isZero();
		assertThat(this.replica.sweep.sweep()).as("given back until the retry").isZero();
		assertThat(logOf(visit).status()).isEqualTo(MessageStatus.FAILED);

		// filed under the minute after the retry time, looked at once that minute began
		this.clock.advance(TIMING.retryAfter().plusSeconds(60));
		assertThat(this.replica.sweep.sweep()).isEqualTo(1);
		assertThat(summaries()).hasSize(1);
		assertThat(logOf(visit).status()).isEqualTo(MessageStatus.SENT);
	}

	@Test
	void aPatientWhoTurnedSummariesOffIsNotToldAndTheLogSaysSo() {
		this.summariesOff = true;
		String visit = UUID.randomUUID().toString();
		edit(visit, FIRST_EDIT);

		this.clock.set(FIRST_EDIT.plus(QUIET).plusSeconds(20));
		assertThat(this.replica.sweep.sweep()).isZero();

		assertThat(summaries()).isEmpty();
		assertThat(logOf(visit).status()).isEqualTo(MessageStatus.SUPPRESSED);
	}

	private void edit(String visit, Instant at) {
		this.replica.summaries.on(new VisitUpdated(UUID.randomUUID(), visit, at, 1, this.patientId, this.doctorId));
	}

	private List<ReceivedMail> summaries() {
		return TestInfrastructure.smtp()
			.messagesTo(this.email)
			.stream()
			.filter((mail) -> mail.subject().equals("Your visit summary is ready"))
			.toList();
	}

	private MessageLogEntry logOf(String visit) {
		List<MessageLogEntry> entries = this.replica.history.ofPatient(this.patientId, 0, 50)
			.stream()
			.filter((entry) -> visit.equals(entry.appointmentId()))
			.toList();
		assertThat(entries).as("log entries of %s", visit).hasSize(1);
		return entries.get(0);
	}

	/** What one notification-service process holds for visit summaries. */
	private final class Replica {

		final VisitSummaries summaries;

		final VisitSummarySweep sweep;

		final MessageHistory history;

		Replica(int smtpPort) {
			MongoClient client = MongoClients.create(TestInfrastructure.mongo().connectionString());
			VisitSummarySweepIT.this.clients.add(client);
			MongoTemplate mongo = new MongoTemplate(client, VisitSummarySweepIT.this.database);
			MovableClock clock = VisitSummarySweepIT.this.clock;
			VisitSummaryStore store = new VisitSummaryStore(mongo);

			this.history = new MessageHistory(mongo, clock);
			MessageDelivery delivery = new MessageDelivery(mongo, clock, Replicas.mailSender(smtpPort),
					"CareFlow <no-reply@careflow.local>");
			this.summaries = new VisitSummaries(store, new VisitSummaryProperties(QUIET), delivery);
			ActionLinks links = new ActionLinks(
					new LinkSigner(new LinkProperties(TestInfrastructure.LINK_SIGNING_KEY, null), clock),
					"http://localhost:8080");
			MessagePlanner planner = new MessagePlanner(new Jane(), links, new StoredCalendarChain(mongo),
					new CalendarInvite.Organizer("CareFlow", "no-reply@careflow.local"),
					new Clinic("Clinique du Parc", "1 Rue de la Paix, 75002 Paris"));
			this.sweep = new VisitSummarySweep(store, planner, delivery, TIMING, clock);
		}

	}

	/** The one patient these tests know. */
	private final class Jane implements Directory {

		@Override
		public Optional<Recipient> patient(String id) {
			return id.equals(VisitSummarySweepIT.this.patientId)
					? Optional.of(new Recipient(VisitSummarySweepIT.this.email, "Jane", "Doe", true,
							!VisitSummarySweepIT.this.summariesOff))
					: Optional.empty();
		}

		@Override
		public Optional<DoctorName> doctor(String id) {
			return Optional.of(new DoctorName("Gregory", "House", "Internal Medicine"));
		}

		@Override
		public Optional<Recipient> doctorAddress(String id) {
			return Optional.empty();
		}

	}

}
