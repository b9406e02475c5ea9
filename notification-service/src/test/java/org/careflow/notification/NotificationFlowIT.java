package org.careflow.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import biweekly.Biweekly;
import biweekly.ICalendar;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.careflow.events.AppointmentBooked;
import org.careflow.events.AppointmentCancelled;
import org.careflow.events.AppointmentCheckedIn;
import org.careflow.events.AppointmentNoShow;
import org.careflow.events.AppointmentRescheduled;
import org.careflow.events.CareFlowEvent;
import org.careflow.events.DoctorRegistered;
import org.careflow.events.DoctorUpdated;
import org.careflow.events.PatientAnonymised;
import org.careflow.events.PatientNotificationPreferencesChanged;
import org.careflow.events.PatientRegistered;
import org.careflow.events.PatientUpdated;
import org.careflow.events.PrescriptionCreated;
import org.careflow.events.PrescriptionFilled;
import org.careflow.events.Topics;
import org.careflow.events.VisitUpdated;
import org.careflow.events.WaitlistOffered;
import org.careflow.localstack.ReceivedMail;
import org.careflow.notification.contacts.ContactBook;
import org.careflow.notification.deadletters.DeadLetterReplay;
import org.careflow.notification.deadletters.ReplayResult;
import org.careflow.notification.messages.MessageHistory;
import org.careflow.notification.messages.MessageLogEntry;
import org.careflow.platform.kafka.EventJson;
import org.careflow.platform.links.ActionLink;
import org.careflow.platform.links.LinkAction;
import org.careflow.platform.links.LinkCheck;
import org.careflow.platform.links.LinkProperties;
import org.careflow.platform.links.LinkSigner;
import org.careflow.testinfra.KafkaRecords;
import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service end to end on real infrastructure: events go in through a real Kafka
 * broker, emails come out of a real SMTP server, the read model and message log live in a
 * MongoDB server.
 */
@SpringBootTest
class NotificationFlowIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final Instant NINE_IN_PARIS = Instant.parse("2026-11-24T08:00:00Z");

	/** Where the service is told the gateway is; the trailing slash is not repeated. */
	private static final String PUBLIC_URL = "https://careflow.test/";

	private static final Pattern LINK = Pattern.compile("https://careflow\\.test/links/(\\S+)");

	private static final Pattern VERIFY_LINK = Pattern.compile("https://careflow\\.test/links/email/(\\S+)");

	/** Checks links as appointment-service does: the same key, its own clock. */
	private static final LinkSigner CHECKER = new LinkSigner(
			new LinkProperties(TestInfrastructure.LINK_SIGNING_KEY, null), Clock.systemUTC());

	private static KafkaProducer<String, String> producer;

	@Autowired
	private ContactBook contacts;

	@Autowired
	private DeadLetterReplay deadLetters;

	@Autowired
	private MessageHistory history;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> TestInfrastructure.mongo().uri("careflow-notifications-it"));
		registry.add("spring.kafka.bootstrap-servers", () -> TestInfrastructure.kafka().bootstrapServers());
		TestInfrastructure.registerSmtp(registry);
		TestInfrastructure.registerLinkSigning(registry);
		registry.add("careflow.public.url", () -> PUBLIC_URL);
		// give up on a record quickly, so the dead-letter test does not wait 30 s
		registry.add("careflow.kafka.retry.initial-interval", () -> "200ms");
		registry.add("careflow.kafka.retry.max-elapsed", () -> "2s");
		// the visit summary goes out at the first minute after the last edit
		registry.add("careflow.visit-summaries.quiet-period", () -> "0s");
		registry.add("careflow.reminders.sweep-every", () -> "1s");
		// the zone of a prescription's dates for a patient who named none
		registry.add("careflow.clinic.time-zone", () -> "Europe/Paris");
	}

	@BeforeAll
	static void connectProducer() {
		producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestInfrastructure.kafka().bootstrapServers(), ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
				StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
	}

	@AfterAll
	static void closeProducer() {
		producer.close();
	}

	@Test
	void aNewPatientIsWelcomedAndTheirBookingConfirmedByEmailAndTheDoctorTold() {
		String patientId = UUID.randomUUID().toString();
		String doctorId = UUID.randomUUID().toString();
		String email = "jane-" + patientId + "@example.org";
		String doctorEmail = "house-" + doctorId + "@example.org";
		publish(Topics.DOCTORS, DoctorRegistered.of(doctorId, doctorEmail, "Gregory", "House", "Internal Medicine"));
		publish(Topics.PATIENTS, PatientRegistered.of(patientId, email, "Jane", "Doe"));
		// doctors arrive on their own topic and consumer; the booking email names them
		// once known
		await().atMost(PATIENCE).until(() -> this.contacts.doctor(doctorId).isPresent());

		ReceivedMail welcome = awaitMail(email, "Welcome to CareFlow");
		publish(Topics.APPOINTMENTS, booked(patientId, doctorId));
		ReceivedMail booking = awaitMail(email, "Your appointment is booked");
		ReceivedMail doctorsCopy = awaitMail(doctorEmail, "New appointment on your calendar");

		assertThat(doctorsCopy.body()).contains("Jane Doe booked an appointment with you on Tuesday 24 November 2026");
		assertThat(welcome.from()).contains("no-reply@careflow.local");
		assertThat(welcome.body()).contains("Hello Jane Doe");
		assertThat(booking.body()).contains("Dr Gregory House (Internal Medicine)")
			.contains("Tuesday 24 November 2026 at 09:00 (Europe/Paris)")
			.doesNotContain("Persistent cough");
	}

	/**
	 * A doctor renamed in doctor-service is named anew in later emails, from this
	 * service's own copy; a profile older than the one held, arriving late, changes
	 * nothing.
	 */
	@Test
	void aRenamedDoctorIsNamedByTheirNewNameInLaterEmails() throws Exception {
		String patientId = UUID.randomUUID().toString();
		String doctorId = UUID.randomUUID().toString();
		String email = "ann-" + patientId + "@example.org";
		DoctorRegistered registered = DoctorRegistered.of(doctorId, "cuddy-" + doctorId + "@example.org", "Lisa",
				"Cuddy", "Endocrinology");
		publish(Topics.DOCTORS, registered);
		publish(Topics.PATIENTS, PatientRegistered.of(patientId, email, "Ann", "Smith"));
		await().atMost(PATIENCE).until(() -> this.contacts.doctor(doctorId).isPresent());
		publish(Topics.APPOINTMENTS, booked(patientId, doctorId));
		assertThat(awaitMails(email, "Your appointment is booked", 1).getFirst().body())
			.contains("Dr Lisa Cuddy (Endocrinology)");

		Instant renamedAt = registered.occurredAt().plusSeconds(60);
		publish(Topics.DOCTORS, new DoctorUpdated(UUID.randomUUID(), doctorId, renamedAt, 1, "Lisa", "Cuddy-Wilson",
				"Endocrinology", "dep-1", true));
		publish(Topics.DOCTORS, new DoctorUpdated(UUID.randomUUID(), doctorId, renamedAt.minusSeconds(30), 1, "Lisa",
				"Old-Name", "Endocrinology", "dep-1", true));
		// a marker on the doctor's partition (their key), read after both
		String marker = UUID.randomUUID().toString();
		send(Topics.DOCTORS, doctorId,
				EventJson.write(DoctorRegistered.of(marker, "marker-" + marker + "@example.org", "M", "K", "None")));
		await().atMost(PATIENCE).until(() -> this.contacts.doctor(marker).isPresent());
		assertThat(this.contacts.doctor(doctorId).orElseThrow().lastName()).isEqualTo("Cuddy-Wilson");
		AppointmentBooked later = booked(patientId, doctorId);
		publish(Topics.APPOINTMENTS, later);

		ReceivedMail laterBooking = awaitMails(email, "Your appointment is booked", 2).stream()
			.filter(mail -> mail.body().contains(later.aggregateId()))
			.findFirst()
			.orElseThrow();
		assertThat(laterBooking.body()).contains("Dr Lisa Cuddy-Wilson (Endocrinology)").doesNotContain("Old-Name");
	}

	/**
	 * A patient's verified new address (or a name the staff corrected) is used from the
	 * next email on; once anonymised, their address and name are forgotten, also in the
	 * message log, and a replayed registration does not bring them back.
	 */
	@Test
	void aPatientsNewAddressIsWrittenToAndAnAnonymisedPatientIsForgottenForGood() throws Exception {
		String movingId = UUID.randomUUID().toString();
		PatientRegistered registration = PatientRegistered.of(movingId, "moving-" + movingId + "@example.org", "Mo",
				"Ving");
		publish(Topics.PATIENTS, registration);
		awaitMail(registration.email(), "Welcome to CareFlow");
		Welcomed moving = new Welcomed(movingId, registration.email());
		String doctorId = UUID.randomUUID().toString();
		publish(Topics.DOCTORS,
				DoctorRegistered.of(doctorId, "wilson-" + doctorId + "@example.org", "James", "Wilson", "Oncology"));
		String newEmail = "moved-" + moving.id() + "@example.org";
		publish(Topics.PATIENTS, PatientUpdated.of(moving.id(), newEmail, "Mo", "Moved"));
		AppointmentBooked booked = booked(moving.id(), doctorId);
		publish(Topics.APPOINTMENTS, booked);

		ReceivedMail booking = awaitMail(newEmail, "Your appointment is booked");
		assertThat(booking.body()).contains("Mo Moved");
		assertThat(mailsTo(moving.email())).extracting(ReceivedMail::subject).containsExactly("Welcome to CareFlow");

		publish(Topics.PATIENTS, PatientAnonymised.of(moving.id()));
		// the registration delivered again (a replay from the dead-letter topic, say)
		publish(Topics.PATIENTS, registration);
		// a marker on the patient's partition (their key), read after both
		String marker = UUID.randomUUID().toString();
		send(Topics.PATIENTS, moving.id(),
				EventJson.write(PatientRegistered.of(marker, "marker-" + marker + "@example.org", "M", "K")));
		await().atMost(PATIENCE).until(() -> this.contacts.patient(marker).isPresent());

		assertThat(this.contacts.patient(moving.id())).isEmpty();
		assertThat(mailsTo(moving.email())).as("the replay welcomes nobody again").hasSize(1);
		List<MessageLogEntry> log = this.history.ofPatient(moving.id(), 0, 10);
		assertThat(log).extracting(MessageLogEntry::eventType).contains(AppointmentBooked.TYPE);
		assertThat(log).allSatisfy(entry -> {
			assertThat(entry.recipient()).isNull();
			assertThat(entry.subject()).isNull();
		});
	}

	@Test
	void theWelcomeEmailLinksToVerifyThePatientsAddressForSeventyTwoHours() {
		String patientId = UUID.randomUUID().toString();
		String email = "verify-" + patientId + "@example.org";
		PatientRegistered registered = PatientRegistered.of(patientId, email, "Vera", "Fy");

		publish(Topics.PATIENTS, registered);
		ReceivedMail welcome = awaitMail(email, "Welcome to CareFlow");

		Matcher link = VERIFY_LINK.matcher(welcome.body());
		assertThat(link.find()).as("a link under /links/email/ in " + welcome.body()).isTrue();
		assertThat(CHECKER.check(link.group(1))).isInstanceOfSatisfying(LinkCheck.Valid.class, valid -> {
			assertThat(valid.link().action()).isEqualTo(LinkAction.VERIFY_EMAIL);
			assertThat(valid.link().subjectId()).isEqualTo(patientId);
			assertThat(valid.link().patientId()).isEqualTo(patientId);
			assertThat(valid.link().boundTo()).isEqualTo(ActionLink.boundToAddress(email));
			assertThat(valid.link().expiresAt())
				.isEqualTo(registered.occurredAt().plus(Duration.ofHours(72)).truncatedTo(ChronoUnit.SECONDS));
		});
		assertThat(welcome.body()).contains("The link works for 3 days").contains("CareFlow Clinic");
	}

	@Test
	void theBookingEmailLinksToCancelAndRescheduleThatAppointmentAsBookedUntilItStarts() {
		Welcomed patient = welcomed("links", "Lin", "Ks");
		Instant start = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
		AppointmentBooked booked = AppointmentBooked.of(UUID.randomUUID().toString(), patient.id(),
				UUID.randomUUID().toString(), start, start.plusSeconds(1800), "Europe/Paris");

		publish(Topics.APPOINTMENTS, booked);
		ReceivedMail booking = awaitMail(patient.email(), "Your appointment is booked");

		List<ActionLink> links = linksIn(booking);
		assertThat(links).extracting(ActionLink::action).containsExactly(LinkAction.CANCEL, LinkAction.RESCHEDULE);
		assertThat(links).allSatisfy(link -> {
			assertThat(link.subjectId()).isEqualTo(booked.aggregateId());
			assertThat(link.patientId()).isEqualTo(patient.id());
			assertThat(link.boundTo()).isEqualTo(String.valueOf(start.getEpochSecond()));
			assertThat(link.expiresAt()).isEqualTo(start);
		});
		assertThat(booking.body()).contains("sign in to CareFlow").doesNotContain("Persistent cough");
	}

	@Test
	void theWaitlistOfferEmailLinksToAcceptThatOfferWhileItIsHeld() {
		Welcomed patient = welcomed("offer", "Of", "Fer");
		Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
		Instant heldUntil = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
		String offerId = UUID.randomUUID().toString();

		publish(Topics.APPOINTMENTS, WaitlistOffered.of(UUID.randomUUID().toString(), patient.id(),
				UUID.randomUUID().toString(), start, start.plusSeconds(1800), "Europe/Paris", offerId, heldUntil));
		ReceivedMail offer = awaitMail(patient.email(), "A slot opened up for you");

		assertThat(linksIn(offer)).singleElement().satisfies(link -> {
			assertThat(link.action()).isEqualTo(LinkAction.ACCEPT_OFFER);
			assertThat(link.subjectId()).isEqualTo(offerId);
			assertThat(link.boundTo()).isEqualTo(offerId);
			assertThat(link.patientId()).isEqualTo(patient.id());
			assertThat(link.expiresAt()).isEqualTo(heldUntil);
		});
	}

	@Test
	void aPatientWhoDidNotComeIsToldHowToBookAgainAndACheckInSendsNothing() {
		Welcomed patient = welcomed("missed", "Mo", "Missed");
		String patientId = patient.id();
		String email = patient.email();

		AppointmentBooked booked = booked(patientId, UUID.randomUUID().toString());
		publish(Topics.APPOINTMENTS,
				AppointmentCheckedIn.of(booked.aggregateId(), patientId, booked.doctorId(), booked.start()));
		publish(Topics.APPOINTMENTS, AppointmentNoShow.of(booked.aggregateId(), patientId, booked.doctorId(),
				booked.start(), booked.end(), booked.timeZone()));
		ReceivedMail missed = awaitMail(email, "We missed you at your appointment");

		assertThat(missed.body()).contains("Tuesday 24 November 2026 at 09:00 (Europe/Paris)")
			.contains(booked.aggregateId());
		// same key, same partition: the check-in before it was handled, and sent nothing
		assertThat(mailsTo(email)).extracting(ReceivedMail::subject)
			.containsExactlyInAnyOrder("Welcome to CareFlow", "We missed you at your appointment");
	}

	@Test
	void aVisitEditedThreeTimesTellsThePatientOnceThatItsSummaryIsReady() {
		Welcomed patient = welcomed("visit", "Vi", "Sit");
		String appointmentId = UUID.randomUUID().toString();
		String doctorId = UUID.randomUUID().toString();

		for (int edit = 0; edit < 3; edit++) {
			publish(Topics.APPOINTMENTS, VisitUpdated.of(appointmentId, patient.id(), doctorId));
		}
		// a later event of the same visit, on the same partition, is read after every
		// edit
		publish(Topics.APPOINTMENTS, AppointmentNoShow.of(appointmentId, patient.id(), doctorId, NINE_IN_PARIS,
				NINE_IN_PARIS.plusSeconds(1800), "Europe/Paris"));
		awaitMail(patient.email(), "We missed you at your appointment");
		// planned, and sent by the sweep of the first minute after the last edit
		await().atMost(PATIENCE.plus(Duration.ofMinutes(1)))
			.until(() -> mailsTo(patient.email()).stream()
				.anyMatch(mail -> mail.subject().equals("Your visit summary is ready")));

		assertThat(mailsTo(patient.email())).extracting(ReceivedMail::subject)
			.containsExactlyInAnyOrder("Welcome to CareFlow", "Your visit summary is ready",
					"We missed you at your appointment");
	}

	@Test
	void aPatientWhoTurnedVisitSummariesOffIsNotToldButStillHearsTheirAppointmentWasMissed() {
		Welcomed patient = welcomed("quiet", "Qui", "Et");
		String appointmentId = UUID.randomUUID().toString();
		String doctorId = UUID.randomUUID().toString();

		publish(Topics.PATIENTS, PatientNotificationPreferencesChanged.of(patient.id(), true, false, "Europe/London"));
		await().atMost(PATIENCE)
			.until(() -> this.contacts.patient(patient.id())
				.map(contact -> !contact.wantsVisitSummaries() && "Europe/London".equals(contact.timeZone()))
				.orElse(false));
		publish(Topics.APPOINTMENTS, VisitUpdated.of(appointmentId, patient.id(), doctorId));
		publish(Topics.APPOINTMENTS, AppointmentNoShow.of(appointmentId, patient.id(), doctorId, NINE_IN_PARIS,
				NINE_IN_PARIS.plusSeconds(1800), "Europe/Paris"));
		awaitMail(patient.email(), "We missed you at your appointment");

		assertThat(mailsTo(patient.email())).extracting(ReceivedMail::subject)
			.containsExactlyInAnyOrder("Welcome to CareFlow", "We missed you at your appointment");
	}

	@Test
	void bookedMovedAndCancelledUpdateOneEventInThePatientsCalendar() {
		Welcomed patient = welcomed("calendar", "Cal", "Endar");
		String patientId = patient.id();
		String email = patient.email();
		AppointmentBooked booked = booked(patientId, UUID.randomUUID().toString());
		String movedId = UUID.randomUUID().toString();
		Instant later = booked.start().plus(Duration.ofHours(2));

		publish(Topics.APPOINTMENTS, booked);
		ReceivedMail invite = awaitMail(email, "Your appointment is booked");
		publish(Topics.APPOINTMENTS,
				AppointmentRescheduled.of(movedId, patientId, booked.doctorId(), later,
						later.plus(Duration.ofMinutes(30)), booked.timeZone(), booked.aggregateId(), booked.start(),
						booked.end()));
		ReceivedMail update = awaitMail(email, "Your appointment was moved");
		publish(Topics.APPOINTMENTS, AppointmentCancelled.of(movedId, patientId, booked.doctorId(), later,
				later.plus(Duration.ofMinutes(30)), booked.timeZone()));
		ReceivedMail cancel = awaitMail(email, "Your appointment was cancelled");

		List<ICalendar> calendars = List.of(invite, update, cancel)
			.stream()
			.map(mail -> Biweekly.parse(mail.calendar()).first())
			.toList();
		assertThat(calendars).extracting(calendar -> calendar.getMethod().getValue())
			.containsExactly("REQUEST", "REQUEST", "CANCEL");
		assertThat(calendars).extracting(calendar -> calendar.getEvents().get(0).getUid().getValue())
			.containsOnly(booked.aggregateId() + "@careflow");
		assertThat(calendars).extracting(calendar -> calendar.getEvents().get(0).getSequence().getValue())
			.containsExactly(0, 1, 2);
		assertThat(calendars.get(1).getEvents().get(0).getDateStart().getValue().toInstant()).isEqualTo(later);
		assertThat(update.calendar()).contains("DTSTART;TZID=Europe/Paris:").doesNotContain("Persistent cough");
		assertThat(update.body()).contains("was moved to");
		assertThat(cancel.body()).doesNotContain("/links/");
	}

	@Test
	void aBookingDeliveredTwiceSendsOneEmail() throws Exception {
		Welcomed patient = welcomed("redelivered", "Rita", "Redelivery");
		String patientId = patient.id();
		String email = patient.email();

		AppointmentBooked booked = booked(patientId, UUID.randomUUID().toString());
		String sameRecord = EventJson.write(booked);
		send(Topics.APPOINTMENTS, booked.aggregateId(), sameRecord);
		send(Topics.APPOINTMENTS, booked.aggregateId(), sameRecord);
		// same key, same partition: once this later event's email is out, both copies
		// were handled
		publish(Topics.APPOINTMENTS, AppointmentCancelled.of(booked.aggregateId(), patientId, booked.doctorId(),
				booked.start(), booked.end(), booked.timeZone()));
		awaitMail(email, "Your appointment was cancelled");

		assertThat(mailsTo(email)).extracting(ReceivedMail::subject)
			.containsExactlyInAnyOrder("Welcome to CareFlow", "Your appointment is booked",
					"Your appointment was cancelled");
	}

	@Test
	void aBookingForAPatientNotRegisteredEndsUpOnTheDeadLetterTopicAndOnceFixedAReplaySendsItOnce() throws Exception {
		String patientId = UUID.randomUUID().toString();
		String email = "late-" + patientId + "@example.org";
		AppointmentBooked orphan = booked(patientId, UUID.randomUUID().toString());
		String payload = EventJson.write(orphan);

		send(Topics.APPOINTMENTS, orphan.aggregateId(), payload);

		// read from the start of the dead-letter topic, so the record may arrive before
		// the reader subscribes
		KafkaRecords.awaitFirst(TestInfrastructure.kafka().bootstrapServers(), Topics.deadLetterOf(Topics.APPOINTMENTS),
				(record) -> payload.equals(record.value()), PATIENCE);

		// the fix: the patient's registration, lost upstream, is published after all
		publish(Topics.PATIENTS, PatientRegistered.of(patientId, email, "Lee", "Late"));
		awaitMail(email, "Welcome to CareFlow");
		ReplayResult first = this.deadLetters.replay(Topics.APPOINTMENTS);
		awaitMail(email, "Your appointment is booked");
		ReplayResult second = this.deadLetters.replay(Topics.APPOINTMENTS);
		// the second replay republished nothing; give a stray copy time to arrive
		Thread.sleep(2000);

		assertThat(first.replayed()).isPositive();
		assertThat(second.replayed()).isZero();
		assertThat(mailsTo(email)).extracting(ReceivedMail::subject)
			.containsExactlyInAnyOrder("Welcome to CareFlow", "Your appointment is booked");
	}

	@Test
	void aWrittenPrescriptionAndItsFillEachSendOneEmailThatNamesNoMedicationEvenIfTheEventCarriedOne()
			throws Exception {
		Welcomed patient = welcomed("prescription", "Pre", "Scribed");
		String doctorId = UUID.randomUUID().toString();
		publish(Topics.DOCTORS, DoctorRegistered.of(doctorId, "house-" + doctorId + "@example.org", "Gregory", "House",
				"Internal Medicine"));
		await().atMost(PATIENCE).until(() -> this.contacts.doctor(doctorId).isPresent());
		String prescriptionId = UUID.randomUUID().toString();
		PrescriptionCreated written = PrescriptionCreated.of(prescriptionId, patient.id(), doctorId,
				Instant.parse("2026-12-28T23:59:00Z"));
		// as a careless producer might write it: fields the contract does not have, which
		// no email may show
		String withHealthData = EventJson.write(written)
			.replaceFirst("\\{", "{\"medication\":\"Amoxicillin 500 mg\",\"notes\":\"Penicillin allergy checked\",");

		send(Topics.PRESCRIPTIONS, prescriptionId, withHealthData);
		send(Topics.PRESCRIPTIONS, prescriptionId, withHealthData);
		// same key, same partition: once the fill's email is out, both copies were
		// handled
		publish(Topics.PRESCRIPTIONS, PrescriptionFilled.of(prescriptionId, patient.id(), "pharmacist-1", 0));
		ReceivedMail ready = awaitMail(patient.email(), "Your prescription is ready");
		ReceivedMail filled = awaitMail(patient.email(), "Your prescription was filled");

		assertThat(mailsTo(patient.email())).extracting(ReceivedMail::subject)
			.containsExactlyInAnyOrder("Welcome to CareFlow", "Your prescription is ready",
					"Your prescription was filled");
		assertThat(ready.body()).contains("Dr Gregory House has written a prescription for you.")
			.contains("valid until Tuesday 29 December 2026 at 00:59 (Europe/Paris)")
			.contains("Prescription reference: " + prescriptionId);
		assertThat(filled.body()).contains("No refills remain").contains("Prescription reference: " + prescriptionId);
		assertThat(List.of(ready, filled))
			.allSatisfy(mail -> assertThat(mail.body()).doesNotContainIgnoringCase("amoxicillin")
				.doesNotContain("500 mg", "Penicillin", "Internal Medicine", "/links/"));
	}

	/** The links in an email as the gateway receives them, each checked valid. */
	private static List<ActionLink> linksIn(ReceivedMail mail) {
		Matcher links = LINK.matcher(mail.body());
		List<ActionLink> found = new ArrayList<>();
		while (links.find()) {
			LinkCheck check = CHECKER.check(links.group(1));
			assertThat(check).isInstanceOf(LinkCheck.Valid.class);
			found.add(((LinkCheck.Valid) check).link());
		}
		return found;
	}

	/** A patient registered and welcomed: later emails find their contact. */
	private static Welcomed welcomed(String prefix, String firstName, String lastName) {
		String patientId = UUID.randomUUID().toString();
		String email = prefix + "-" + patientId + "@example.org";
		publish(Topics.PATIENTS, PatientRegistered.of(patientId, email, firstName, lastName));
		awaitMail(email, "Welcome to CareFlow");
		return new Welcomed(patientId, email);
	}

	private record Welcomed(String id, String email) {
	}

	private static AppointmentBooked booked(String patientId, String doctorId) {
		return AppointmentBooked.of(UUID.randomUUID().toString(), patientId, doctorId, NINE_IN_PARIS,
				NINE_IN_PARIS.plusSeconds(1800), "Europe/Paris");
	}

	private static void publish(String topic, CareFlowEvent event) {
		try {
			send(topic, event.aggregateId(), EventJson.write(event));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void send(String topic, String key, String payload) throws Exception {
		producer.send(new ProducerRecord<>(topic, key, payload)).get();
	}

	private static ReceivedMail awaitMail(String to, String subject) {
		return await().atMost(PATIENCE)
			.until(() -> mailsTo(to).stream().filter(mail -> subject.equals(mail.subject())).findFirst(),
					found -> found.isPresent())
			.orElseThrow();
	}

	/** The first {@code count} emails of the subject to the address, in order. */
	private static List<ReceivedMail> awaitMails(String to, String subject, int count) {
		return await().atMost(PATIENCE)
			.until(() -> mailsTo(to).stream().filter(mail -> subject.equals(mail.subject())).toList(),
					found -> found.size() >= count);
	}

	private static List<ReceivedMail> mailsTo(String address) {
		return TestInfrastructure.smtp().messagesTo(address);
	}

}
