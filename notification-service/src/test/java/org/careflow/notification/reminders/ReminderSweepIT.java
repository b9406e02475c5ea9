package org.careflow.notification.reminders;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.careflow.events.AppointmentBooked;
import org.careflow.events.AppointmentCancelled;
import org.careflow.events.AppointmentNoShow;
import org.careflow.events.AppointmentRescheduled;
import org.careflow.localstack.ReceivedMail;
import org.careflow.notification.messages.ActionLinks;
import org.careflow.notification.messages.CalendarInvite;
import org.careflow.notification.messages.Clinic;
import org.careflow.notification.messages.Directory;
import org.careflow.notification.messages.DoctorName;
import org.careflow.notification.messages.MessageDelivery;
import org.careflow.notification.messages.MessageHistory;
import org.careflow.notification.messages.MessageLogEntry;
import org.careflow.notification.messages.MessageStatus;
import org.careflow.notification.messages.MessagePlanner;
import org.careflow.notification.messages.Recipient;
import org.careflow.notification.messages.StoredCalendarChain;
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
 * Reminders on a real MongoDB server and a real SMTP server, with a clock the test moves
 * and "replicas" that are separate sweeps with their own connections, sharing only the
 * database — as two notification-service processes do.
 */
class ReminderSweepIT {

	private static final Instant BOOKED_AT = Instant.parse("2026-11-25T10:00:00Z");

	private static final Instant START = Instant.parse("2026-12-02T08:00:00Z");

	private static final Instant DUE = START.minus(Duration.ofHours(24));

	private static final ReminderProperties PROPERTIES = new ReminderProperties(List.of(Duration.ofHours(24)),
			Duration.ofHours(12), Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(1));

	private final String database = "reminders-it-" + UUID.randomUUID();

	private final List<MongoClient> clients = new ArrayList<>();

	private final MovableClock clock = new MovableClock(BOOKED_AT);

	private final String patientId = UUID.randomUUID().toString();

	private final String email = "reminded-" + this.patientId + "@example.org";

	private volatile boolean remindersOff;

	private final Replica replica = new Replica(smtpPort());

	@AfterEach
	void disconnect() {
		this.clients.forEach(MongoClient::close);
	}

	@Test
	void aBookingIsRemindedOnceWhenItFallsDueWithTwoReplicasSweepingTheSameMinute() throws Exception {
		String appointment = book(START);
		Replica other = new Replica(smtpPort());

		this.clock.set(DUE.minusSeconds(61));
		assertThat(this.replica.sweep.sweep()).isZero();
		assertThat(reminders()).isEmpty();

		this.clock.set(DUE.plusSeconds(20));
		assertThat(Replicas.sweepTogether(this.replica.sweep::sweep, other.sweep::sweep)).isEqualTo(1);

		assertThat(reminders()).singleElement()
			.satisfies((mail) -> assertThat(mail.body()).contains("Appointment reference: " + appointment)
				.contains("Wednesday 2 December 2026 at 09:00 (Europe/Paris)")
				.contains("Where: Clinique du Parc, 1 Rue de la Paix, 75002 Paris")
				.contains("http://localhost:8080/links/"));
		assertThat(status(appointment, "PT24H")).isEqualTo("SENT");

		this.clock.advance(Duration.ofMinutes(5));
		assertThat(this.replica.sweep.sweep() + other.sweep.sweep()).isZero();
		assertThat(reminders()).hasSize(1);
	}

	@Test
	void thePatientsMessageLogShowsEachReminderPlannedThenSentRevokedOrExpiredWithItsAppointment() {
		String sent = book(START);
		String revoked = book(START.plusSeconds(3600));
		String expired = book(UUID.randomUUID().toString(), DUE.plus(Duration.ofHours(11)), BOOKED_AT);
		assertThat(logOf(sent).status()).isEqualTo(MessageStatus.PLANNED);
		assertThat(logOf(sent).dueAt()).isEqualTo(DUE);
		this.replica.reminders.on(new AppointmentCancelled(UUID.randomUUID(), revoked, BOOKED_AT.plusSeconds(5), 1,
				this.patientId, "doctor-house", START, START.plusSeconds(1800), "Europe/Paris"));
		this.clock.set(DUE.minus(Duration.ofHours(14)));
		this.replica.sweep.sweep();

		this.clock.set(DUE.plus(Duration.ofMinutes(1)));
		assertThat(this.replica.sweep.sweep()).isEqualTo(1);

		assertThat(logOf(sent)).satisfies((entry) -> {
			assertThat(entry.status()).isEqualTo(MessageStatus.SENT);
			assertThat(entry.eventType()).isEqualTo("appointment.reminder");
			assertThat(entry.attempts()).isEqualTo(1);
		});
		assertThat(logOf(revoked).status()).isEqualTo(MessageStatus.REVOKED);
		assertThat(logOf(expired).status()).isEqualTo(MessageStatus.EXPIRED);
	}

	@Test
	void aPatientWhoTurnedRemindersOffGetsNoneAndTheLogSaysSo() {
		this.remindersOff = true;
		String appointment = book(START);

		this.clock.set(DUE.plusSeconds(30));
		assertThat(this.replica.sweep.sweep()).isZero();

		assertThat(reminders()).isEmpty();
		assertThat(status(appointment, "PT24H")).isEqualTo("SUPPRESSED");
		assertThat(logOf(appointment).status()).isEqualTo(MessageStatus.SUPPRESSED);
	}

	@Test
	void aRescheduleRevokesTheOldReminderAndPlansTheNewOne() {
		String old = book(START);
		Instant newStart = START.plus(Duration.ofHours(2));
		String moved = UUID.randomUUID().toString();
		this.replica.reminders.on(new AppointmentRescheduled(UUID.randomUUID(), moved, BOOKED_AT.plusSeconds(60), 1,
				this.patientId, "doctor-house", newStart, newStart.plusSeconds(1800), "Europe/Paris", old, START,
				START.plusSeconds(1800)));

		this.clock.set(DUE.plusSeconds(30));
		assertThat(this.replica.sweep.sweep()).isZero();
		assertThat(status(old, "PT24H")).isEqualTo("REVOKED");

		this.clock.set(newStart.minus(Duration.ofHours(24)).plusSeconds(30));
		assertThat(this.replica.sweep.sweep()).isEqualTo(1);
		assertThat(reminders()).singleElement()
			.satisfies((mail) -> assertThat(mail.body()).contains("Appointment reference: " + moved));
	}

	@Test
	void cancelledAndMissedAppointmentsAreNotReminded() {
		String cancelled = book(START);
		String missed = book(START.plusSeconds(1800));
		this.replica.reminders.on(new AppointmentCancelled(UUID.randomUUID(), cancelled, BOOKED_AT.plusSeconds(5), 1,
				this.patientId, "doctor-house", START, START.plusSeconds(1800), "Europe/Paris"));
		this.replica.reminders.on(AppointmentNoShow.of(missed, this.patientId, "doctor-house", START.plusSeconds(1800),
				START.plusSeconds(3600), "Europe/Paris"));

		this.clock.set(DUE.plus(Duration.ofHours(1)));
		assertThat(this.replica.sweep.sweep()).isZero();

		assertThat(reminders()).isEmpty();
		assertThat(status(cancelled, "PT24H")).isEqualTo("REVOKED");
		assertThat(status(missed, "PT24H")).isEqualTo("REVOKED");
	}

	@Test
	void aCancellationReadBeforeItsBookingLeavesNothingToRemind() {
		String appointment = UUID.randomUUID().toString();
		this.replica.reminders.on(new AppointmentCancelled(UUID.randomUUID(), appointment, BOOKED_AT, 1, this.patientId,
				"doctor-house", START, START.plusSeconds(1800), "Europe/Paris"));
		book(appointment, START, BOOKED_AT.minusSeconds(60));

		this.clock.set(DUE.plusSeconds(30));
		assertThat(this.replica.sweep.sweep()).isZero();
		assertThat(reminders()).isEmpty();
	}

	@Test
	void aBookingMadeLessThanTheLeadTimeAheadGetsNoReminder() {
		String appointment = book(UUID.randomUUID().toString(), START, START.minus(Duration.ofHours(3)));

		assertThat(this.replica.plan(appointment)).isNull();
		this.clock.set(START.minus(Duration.ofHours(1)));
		assertThat(this.replica.sweep.sweep()).isZero();
		assertThat(reminders()).isEmpty();
	}

	@Test
	void aReplicaThatDiesHoldingTheLeaseLosesNothingTheNextOneSendsItOnceTheLeaseEnds() {
		String appointment = book(START);
		this.clock.set(DUE.plusSeconds(10));
		// a replica claimed it and died before sending: its lease still runs
		assertThat(this.replica.store.claim(ReminderKey.of(appointment, "PT24H"), "dead-replica", this.clock.instant(),
				this.clock.instant().plus(PROPERTIES.lease())))
			.isPresent();

		this.clock.set(DUE.plusSeconds(40));
		assertThat(this.replica.sweep.sweep()).isZero();

		this.clock.set(DUE.plus(PROPERTIES.lease()).plusSeconds(70));
		assertThat(this.replica.sweep.sweep()).isEqualTo(1);
		assertThat(reminders()).hasSize(1);
	}

	@Test
	void afterAnOutageOverTheDueTimeARestartedReplicaSendsWhatIsStillTimelyAndExpiresTheRest() {
		String timely = book(START);
		String stale = book(UUID.randomUUID().toString(), DUE.plus(Duration.ofHours(11)), BOOKED_AT);
		this.clock.set(DUE.minus(Duration.ofHours(14)));
		assertThat(this.replica.sweep.sweep()).isZero();

		// down for 15 hours: one reminder fell due 1 h ago, the other 14 h ago, more
		// than the 12 h of lateness allowed
		this.clock.set(DUE.plus(Duration.ofHours(1)));
		Replica restarted = new Replica(smtpPort());
		assertThat(restarted.sweep.sweep()).isEqualTo(1);

		assertThat(reminders()).singleElement()
			.satisfies((mail) -> assertThat(mail.body()).contains("Appointment reference: " + timely));
		assertThat(status(stale, "PT24H")).isEqualTo("EXPIRED");
	}

	@Test
	void aReminderTheSmtpServerRefusedIsTriedAgainAndSentOnce() throws IOException {
		String appointment = book(START);
		Replica smtpDown = new Replica(Replicas.closedPort());

		this.clock.set(DUE.plusSeconds(30));
		assertThat(smtpDown.sweep.sweep()).isZero();
		assertThat(status(appointment, "PT24H")).isEqualTo("PLANNED");
		assertThat(lead(appointment, "PT24H").getString("error")).isNotBlank();

		this.clock.set(DUE.plus(PROPERTIES.retryAfter()).plusSeconds(60));
		assertThat(this.replica.sweep.sweep()).isEqualTo(1);
		assertThat(reminders()).hasSize(1);
		assertThat(status(appointment, "PT24H")).isEqualTo("SENT");
	}

	private String book(Instant start) {
		return book(UUID.randomUUID().toString(), start, BOOKED_AT);
	}

	private String book(String appointmentId, Instant start, Instant bookedAt) {
		this.replica.reminders.on(new AppointmentBooked(UUID.randomUUID(), appointmentId, bookedAt, 1, this.patientId,
				"doctor-house", start, start.plusSeconds(1800), "Europe/Paris", null));
		return appointmentId;
	}

	private List<ReceivedMail> reminders() {
		return TestInfrastructure.smtp()
			.messagesTo(this.email)
			.stream()
			.filter((mail) -> mail.subject().equals("Reminder: your appointment"))
			.toList();
	}

	/** The one entry of the appointment's reminder in the patient's message log. */
	private MessageLogEntry logOf(String appointmentId) {
		List<MessageLogEntry> entries = this.replica.history.ofPatient(this.patientId, 0, 50)
			.stream()
			.filter((entry) -> appointmentId.equals(entry.appointmentId()))
			.toList();
		assertThat(entries).as("log entries of %s", appointmentId).hasSize(1);
		return entries.get(0);
	}

	private String status(String appointmentId, String lead) {
		return lead(appointmentId, lead).getString("status");
	}

	private Document lead(String appointmentId, String lead) {
		return this.replica.plan(appointmentId).get("leads", Document.class).get(lead, Document.class);
	}

	private static int smtpPort() {
		return TestInfrastructure.smtp().port();
	}

	/** What one notification-service process holds for reminders. */
	private final class Replica {

		final ReminderStore store;

		final Reminders reminders;

		final ReminderSweep sweep;

		final MessageHistory history;

		private final MongoTemplate mongo;

		Replica(int smtpPort) {
			MongoClient client = MongoClients.create(TestInfrastructure.mongo().connectionString());
			ReminderSweepIT.this.clients.add(client);
			MongoTemplate mongo = new MongoTemplate(client, ReminderSweepIT.this.database);
			this.mongo = mongo;
			this.store = new ReminderStore(mongo);
			this.history = new MessageHistory(mongo, ReminderSweepIT.this.clock);
			MessageDelivery delivery = new MessageDelivery(mongo, ReminderSweepIT.this.clock,
					Replicas.mailSender(smtpPort), "CareFlow <no-reply@careflow.local>");
			this.reminders = new Reminders(this.store, PROPERTIES, delivery, ReminderSweepIT.this.clock);
			ActionLinks links = new ActionLinks(
					new LinkSigner(new LinkProperties(TestInfrastructure.LINK_SIGNING_KEY, null),
							ReminderSweepIT.this.clock),
					"http://localhost:8080");
			MessagePlanner planner = new MessagePlanner(new Jane(), links, new StoredCalendarChain(mongo),
					new CalendarInvite.Organizer("CareFlow", "no-reply@careflow.local"),
					new Clinic("Clinique du Parc", "1 Rue de la Paix, 75002 Paris"));
			this.sweep = new ReminderSweep(this.store, planner, delivery, PROPERTIES, ReminderSweepIT.this.clock);
		}

		/** The appointment's reminder plan as stored, or null. */
		Document plan(String appointmentId) {
			return this.mongo.findById(appointmentId, Document.class, ReminderStore.PLANS);
		}

	}

	/** The one patient and doctor these tests know. */
	private final class Jane implements Directory {

		@Override
		public Optional<Recipient> patient(String id) {
			return id.equals(ReminderSweepIT.this.patientId) ? Optional
				.of(new Recipient(ReminderSweepIT.this.email, "Jane", "Doe", !ReminderSweepIT.this.remindersOff, true))
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
