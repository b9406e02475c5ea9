package org.careflow.notification.messages;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careflow.events.AppointmentBooked;
import org.careflow.events.AppointmentCancelled;
import org.careflow.events.AppointmentCheckedIn;
import org.careflow.events.AppointmentEnteredInError;
import org.careflow.events.AppointmentFulfilled;
import org.careflow.events.AppointmentNoShow;
import org.careflow.events.AppointmentRescheduled;
import org.careflow.events.ScheduleBookingsWithdrawn;
import org.careflow.events.DoctorRegistered;
import org.careflow.events.PatientRegistered;
import org.careflow.events.VisitUpdated;
import org.careflow.events.WaitlistOffered;
import org.careflow.platform.links.ActionLink;
import org.careflow.platform.links.LinkAction;
import org.careflow.platform.links.LinkCheck;
import org.careflow.platform.links.LinkSigner;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MessagePlannerTest {

	private static final String JANE = "patient-jane";

	private static final String HOUSE = "doctor-house";

	private static final Instant NINE_IN_PARIS = Instant.parse("2026-11-24T08:00:00Z");

	/** When the links are checked: before every appointment and offer of these tests. */
	private static final Instant CHECKED_AT = Instant.parse("2026-11-20T00:00:00Z");

	private static final Pattern LINK = Pattern.compile("https://clinic\\.example\\.org/links/(\\S+)");

	private static final Pattern VERIFY_LINK = Pattern.compile("https://clinic\\.example\\.org/links/email/(\\S+)");

	private static final Pattern HTML_LINK = Pattern.compile("href=\"(https://clinic\\.example\\.org/links/[^\"]+)\"");

	private static final Pattern TEXT_LINK = Pattern.compile("https://clinic\\.example\\.org/links/\\S+");

	private final LinkSigner signer = ActionLinksTest.signer(CHECKED_AT);

	private final KnownPeople people = new KnownPeople();

	private final ChainInMemory calendar = new ChainInMemory();

	private final MessagePlanner planner = new MessagePlanner(this.people,
			new ActionLinks(this.signer, "https://clinic.example.org"), this.calendar,
			new CalendarInvite.Organizer("CareFlow", "no-reply@careflow.local"),
			new Clinic("Clinique du Parc", "1 Rue de la Paix, 75002 Paris"));

	@Test
	void bookingMovingAndCancellingUpdateOneCalendarEventAndNameNoReason() {
		this.people.knowJane().knowHouse();

		CalendarInvite booked = this.planner.emailFor(booked()).orElseThrow().calendarInvite().orElseThrow();
		CalendarInvite moved = this.planner.emailFor(AppointmentRescheduled.of("appointment-2", JANE, HOUSE,
				NINE_IN_PARIS.plusSeconds(3600), NINE_IN_PARIS.plusSeconds(5400), "Europe/Paris", "appointment-1",
				NINE_IN_PARIS, NINE_IN_PARIS.plusSeconds(1800)))
			.orElseThrow()
			.calendarInvite()
			.orElseThrow();
		CalendarInvite cancelled = this.planner
			.emailFor(AppointmentCancelled.of("appointment-2", JANE, HOUSE, NINE_IN_PARIS.plusSeconds(3600),
					NINE_IN_PARIS.plusSeconds(5400), "Europe/Paris"))
			.orElseThrow()
			.calendarInvite()
			.orElseThrow();

		assertThat(List.of(booked.method(), moved.method(), cancelled.method())).containsExactly("REQUEST", "REQUEST",
				"CANCEL");
		assertThat(List.of(booked.text(), moved.text(), cancelled.text()))
			.allSatisfy(text -> assertThat(text).contains("UID:appointment-1@careflow")
				.contains("SUMMARY:Appointment with Dr Gregory House (Internal Medicine)")
				.doesNotContainIgnoringCase("cough"));
		assertThat(booked.text()).contains("SEQUENCE:0").contains("DTSTART;TZID=Europe/Paris:20261124T090000");
		assertThat(moved.text()).contains("SEQUENCE:1").contains("DTSTART;TZID=Europe/Paris:20261124T100000");
		assertThat(cancelled.text()).contains("SEQUENCE:2").contains("STATUS:CANCELLED");
	}

	@Test
	void onlyTheEmailsThatBookMoveOrCancelCarryAnInvite() {
		this.people.knowJane().knowHouse();

		assertThat(this.planner.emailFor(PatientRegistered.of(JANE, "jane@example.org", "Jane", "Doe"))
			.orElseThrow()
			.calendarInvite()).isEmpty();
		assertThat(this.planner
			.emailFor(AppointmentNoShow.of("appointment-1", JANE, HOUSE, NINE_IN_PARIS, NINE_IN_PARIS.plusSeconds(1800),
					"Europe/Paris"))
			.orElseThrow()
			.calendarInvite()).isEmpty();
	}

	@Test
	void aNewPatientIsWelcomedAtTheAddressTheyRegisteredWith() {
		Email email = this.planner.emailFor(PatientRegistered.of(JANE, "jane@example.org", "Jane", "Doe"))
			.orElseThrow();

		assertThat(email.to()).isEqualTo("jane@example.org");
		assertThat(email.subject()).isEqualTo("Welcome to CareFlow");
		assertThat(email.body()).startsWith("Hello Jane Doe,");
		assertThat(email.htmlBody()).get(InstanceOfAssertFactories.STRING).contains("<p>Hello Jane Doe,</p>");
	}

	@Test
	void theWelcomeAsksThePatientToConfirmTheirAddressWithALinkOfTheirOwnBoundToIt() {
		PatientRegistered registered = PatientRegistered.of(JANE, "jane@example.org", "Jane", "Doe");

		Email email = this.planner.emailFor(registered).orElseThrow();

		Matcher link = VERIFY_LINK.matcher(email.body());
		assertThat(link.find()).as("a link under /links/email/").isTrue();
		assertThat(this.signer.check(link.group(1))).isInstanceOfSatisfying(LinkCheck.Valid.class, valid -> {
			assertThat(valid.link().action()).isEqualTo(LinkAction.VERIFY_EMAIL);
			assertThat(valid.link().subjectId()).isEqualTo(JANE);
			assertThat(valid.link().patientId()).isEqualTo(JANE);
			assertThat(valid.link().boundTo()).isEqualTo(ActionLink.boundToAddress("jane@example.org"));
			// a token carries whole seconds
			assertThat(valid.link().expiresAt())
				.isEqualTo(registered.occurredAt().plus(Duration.ofHours(72)).truncatedTo(ChronoUnit.SECONDS));
		});
		assertThat(email.body()).contains("confirm that this is your email address")
			.contains("The link works for 3 days")
			.contains("please do not forward it");
		assertThat(htmlLinksOf(email)).containsExactly(link.group(0));
	}

	@Test
	void everyPatientsEmailIsSignedByTheClinicAndCarriesItsAddress() {
		this.people.knowJane().knowHouse();

		Email email = this.planner.emailFor(booked()).orElseThrow();

		assertThat(email.body())
			.contains("\n\nClinique du Parc\n\n--\nClinique du Parc\n1 Rue de la Paix, 75002 Paris\n")
			.doesNotContain("CareFlow team");
		assertThat(email.htmlBody()).get(InstanceOfAssertFactories.STRING)
			.contains("1 Rue de la Paix, 75002 Paris</p>");
	}

	@Test
	void theBookingAndTheReminderSayWhatToBringAndTheCancellationDoesNot() {
		this.people.knowJane().knowHouse();
		MessagePlanner planner = new MessagePlanner(this.people,
				new ActionLinks(this.signer, "https://clinic.example.org"), this.calendar,
				new CalendarInvite.Organizer("CareFlow", "no-reply@careflow.local"),
				new Clinic("Clinique du Parc", "", "your vaccination record"), EmailTemplates.builtIn());

		Email booking = planner.emailFor(booked()).orElseThrow();
		Email reminder = planner.reminder("appointment-1", JANE, HOUSE, NINE_IN_PARIS, "Europe/Paris");
		Email cancellation = planner
			.emailFor(AppointmentCancelled.of("appointment-1", JANE, HOUSE, NINE_IN_PARIS,
					NINE_IN_PARIS.plusSeconds(1800), "Europe/Paris"))
			.orElseThrow();

		assertThat(List.of(booking, reminder)).allSatisfy(email -> {
			assertThat(email.body()).contains("What to bring: your vaccination record");
			assertThat(email.html()).contains("What to bring: your vaccination record");
		});
		assertThat(cancellation.body()).doesNotContain("What to bring");
		assertThat(this.planner.emailFor(booked()).orElseThrow().body()).as("the default")
			.contains("What to bring: your identity card and health insurance card, a list of the medicines you take");
	}

	@Test
	void aBookingTellsThePatientWhoWhenInTheClinicsZoneAndTheReference() {
		this.people.knowJane().knowHouse();

		Email email = this.planner.emailFor(booked()).orElseThrow();

		assertThat(email.to()).isEqualTo("jane@example.org");
		assertThat(email.subject()).isEqualTo("Your appointment is booked");
		assertThat(email.body()).contains("Dr Gregory House (Internal Medicine)")
			.contains("Tuesday 24 November 2026 at 09:00 (Europe/Paris)")
			.contains("appointment-1");
	}

	@Test
	void aBookingCarriesACancelAndARescheduleLinkToThatAppointmentAsBookedAndSigningInAsTheOtherWay() {
		this.people.knowJane().knowHouse();

		Email email = this.planner.emailFor(booked()).orElseThrow();

		assertThat(linksIn(email)).extracting(ActionLink::action)
			.containsExactly(LinkAction.CANCEL, LinkAction.RESCHEDULE);
		assertThat(linksIn(email)).allSatisfy(link -> assertAbout(link, "appointment-1", NINE_IN_PARIS));
		assertThat(email.body()).contains("sign in to CareFlow and cancel or reschedule it")
			.doesNotContain("please sign in to CareFlow and cancel it");
		assertThat(htmlLinksOf(email)).as("the same links in the HTML").containsExactlyElementsOf(textLinksOf(email));
	}

	@Test
	void aReminderSaysWhenWithWhomWhereAndHowToCancelAndNothingOfTheReason() {
		this.people.knowJane().knowHouse();

		Email email = this.planner.reminder("appointment-1", JANE, HOUSE, NINE_IN_PARIS, "Europe/Paris");

		assertThat(email.to()).isEqualTo("jane@example.org");
		assertThat(email.subject()).isEqualTo("Reminder: your appointment");
		assertThat(email.body()).contains("Dr Gregory House (Internal Medicine)")
			.contains("Tuesday 24 November 2026 at 09:00 (Europe/Paris)")
			.contains("Where: Clinique du Parc, 1 Rue de la Paix, 75002 Paris")
			.contains("Appointment reference: appointment-1")
			.contains("cancel or reschedule");
		assertThat(email.calendarInvite()).isEmpty();
		assertThat(linksIn(email)).extracting(ActionLink::action)
			.containsExactly(LinkAction.CANCEL, LinkAction.RESCHEDULE);
		assertThat(linksIn(email)).allSatisfy(link -> assertAbout(link, "appointment-1", NINE_IN_PARIS));
	}

	@Test
	void aReminderShowsThePatientsOwnTimeTooWhenTheyLiveInAnotherZone() {
		this.people.knowJaneInLondon().knowHouse();

		Email email = this.planner.reminder("appointment-1", JANE, HOUSE, NINE_IN_PARIS, "Europe/Paris");

		assertThat(email.body())
			.contains("Tuesday 24 November 2026 at 09:00 (Europe/Paris), 08:00 (Europe/London) for you");
	}

	@Test
	void aReminderForAPatientNotKnownYetIsRefusedSoItIsTriedAgain() {
		assertThatExceptionOfType(UnknownPatientException.class)
			.isThrownBy(() -> this.planner.reminder("appointment-1", JANE, HOUSE, NINE_IN_PARIS, "Europe/Paris"));
	}

	@Test
	void aBookingWithADoctorNotKnownYetStillGoesOutWithoutTheName() {
		this.people.knowJane();

		Email email = this.planner.emailFor(booked()).orElseThrow();

		assertThat(email.body()).contains("Your appointment is booked for Tuesday 24 November 2026 at 09:00")
			.doesNotContain("Dr ");
	}

	@Test
	void aCancellationSaysWhichAppointmentWasCancelled() {
		this.people.knowJane().knowHouse();

		Email email = this.planner
			.emailFor(AppointmentCancelled.of("appointment-1", JANE, HOUSE, NINE_IN_PARIS,
					NINE_IN_PARIS.plusSeconds(1800), "Europe/Paris"))
			.orElseThrow();

		assertThat(email.to()).isEqualTo("jane@example.org");
		assertThat(email.subject()).isEqualTo("Your appointment was cancelled");
		assertThat(email.body()).contains("with Dr Gregory House")
			.contains("Tuesday 24 November 2026 at 09:00 (Europe/Paris)")
			.contains("appointment-1")
			.as("nothing is left to act on")
			.doesNotContain("/links/");
	}

	@Test
	void aVisitUpdateAsksThePatientToSignInInsteadOfMailingHealthData() {
		this.people.knowJane().knowHouse();

		Email email = this.planner.visitSummary("appointment-1", JANE, HOUSE);

		assertThat(email.to()).isEqualTo("jane@example.org");
		assertThat(email.subject()).isEqualTo("Your visit summary is ready");
		assertThat(email.body()).contains("sign in to CareFlow to read it").contains("appointment-1");
	}

	@Test
	void theDoctorIsToldOfABookingACancellationAndAMoveOnTheirCalendarWithoutTheReason() {
		this.people.knowJane().knowHouse().knowHousesAddress();
		Instant later = NINE_IN_PARIS.plus(Duration.ofHours(2));

		Email booked = this.planner.doctorEmailFor(booked()).orElseThrow();
		Email cancelled = this.planner
			.doctorEmailFor(AppointmentCancelled.of("appointment-1", JANE, HOUSE, NINE_IN_PARIS,
					NINE_IN_PARIS.plusSeconds(1800), "Europe/Paris"))
			.orElseThrow();
		Email moved = this.planner
			.doctorEmailFor(AppointmentRescheduled.of("appointment-2", JANE, HOUSE, later, later.plusSeconds(1800),
					"Europe/Paris", "appointment-1", NINE_IN_PARIS, NINE_IN_PARIS.plusSeconds(1800)))
			.orElseThrow();

		assertThat(booked.to()).isEqualTo("house@clinic.example.org");
		assertThat(booked.subject()).isEqualTo("New appointment on your calendar");
		assertThat(booked.body()).startsWith("Hello Dr Gregory House")
			.contains("Jane Doe booked an appointment with you on Tuesday 24 November 2026 at 09:00 (Europe/Paris)")
			.contains("appointment-1");
		assertThat(cancelled.subject()).isEqualTo("Appointment cancelled on your calendar");
		assertThat(cancelled.body()).contains("Jane Doe").contains("was cancelled");
		assertThat(moved.subject()).isEqualTo("Appointment moved on your calendar");
		assertThat(moved.body()).contains("09:00 (Europe/Paris) was moved to Tuesday 24 November 2026 at 11:00");
		assertThat(List.of(booked, cancelled, moved)).noneMatch(email -> email.body().contains("cough"))
			.noneMatch(email -> email.body().contains("/links/"))
			.allMatch(email -> email.calendarInvite().isEmpty());
		assertThat(MessagePlanner.doctorMessageIdOf(booked())).isNotEqualTo(MessagePlanner.messageIdOf(booked()));
	}

	@Test
	void aDoctorWhoseAddressIsNotKnownAndEventsOffTheirCalendarSendTheDoctorNothing() {
		this.people.knowJane().knowHouse();

		assertThat(this.planner.doctorEmailFor(booked())).isEmpty();
		this.people.knowHousesAddress();
		assertThat(this.planner.doctorEmailFor(VisitUpdated.of("appointment-1", JANE, HOUSE))).isEmpty();
		assertThat(this.planner.doctorEmailFor(AppointmentNoShow.of("appointment-1", JANE, HOUSE, NINE_IN_PARIS,
				NINE_IN_PARIS.plusSeconds(1800), "Europe/Paris")))
			.isEmpty();
	}

	@Test
	void aPatientWhoTurnedRemindersAndSummariesOffGetsNeitherButStillHearsWhatHappensToTheirAppointments() {
		this.people.knowJaneWhoTurnedRemindersAndSummariesOff().knowHouse();

		assertThat(this.planner.reminder("appointment-1", JANE, HOUSE, NINE_IN_PARIS, "Europe/Paris").suppressed())
			.isTrue();
		assertThat(this.planner.visitSummary("appointment-1", JANE, HOUSE).suppressed()).isTrue();
		assertThat(this.planner.emailFor(booked()).orElseThrow().suppressed()).isFalse();
		assertThat(this.planner
			.emailFor(AppointmentCancelled.of("appointment-1", JANE, HOUSE, NINE_IN_PARIS,
					NINE_IN_PARIS.plusSeconds(1800), "Europe/Paris"))
			.orElseThrow()
			.suppressed()).as("a cancellation by the clinic cannot be turned off").isFalse();
	}

	@Test
	void anEditOfAVisitSendsNothingAtOnceItsSummaryEmailIsPlannedForWhenTheEditsSettle() {
		this.people.knowJane().knowHouse();

		assertThat(this.planner.emailFor(VisitUpdated.of("appointment-1", JANE, HOUSE))).isEmpty();
		AppointmentBooked booked = booked();
		assertThat(MessagePlanner.messageIdOf(booked)).isEqualTo(booked.eventId().toString());
	}

	@Test
	void anAppointmentEventForAPatientNotKnownYetIsRefusedSoItCanBeRetried() {
		this.people.knowHouse();

		assertThatExceptionOfType(UnknownPatientException.class).isThrownBy(() -> this.planner.emailFor(booked()))
			.withMessageContaining(JANE)
			.withMessageContaining("appointment.booked");
		assertThatExceptionOfType(UnknownPatientException.class)
			.isThrownBy(() -> this.planner.visitSummary("appointment-1", JANE, HOUSE));
	}

	@Test
	void aNoShowTellsThePatientTheyWereMissedAndHowToBookAgain() {
		this.people.knowJane().knowHouse();

		Email email = this.planner
			.emailFor(AppointmentNoShow.of("appointment-1", JANE, HOUSE, NINE_IN_PARIS, NINE_IN_PARIS.plusSeconds(1800),
					"Europe/Paris"))
			.orElseThrow();

		assertThat(email.to()).isEqualTo("jane@example.org");
		assertThat(email.subject()).isEqualTo("We missed you at your appointment");
		assertThat(email.body()).contains("with Dr Gregory House")
			.contains("Tuesday 24 November 2026 at 09:00 (Europe/Paris)")
			.contains("appointment-1")
			.contains("book a new appointment");
	}

	@Test
	void aRescheduleTellsThePatientBothTimesAndTheNewReferenceAndHowToCancel() {
		this.people.knowJane().knowHouse();

		Email email = this.planner.emailFor(AppointmentRescheduled.of("appointment-2", JANE, HOUSE,
				NINE_IN_PARIS.plus(Duration.ofDays(1)), NINE_IN_PARIS.plus(Duration.ofDays(1)).plusSeconds(1800),
				"Europe/Paris", "appointment-1", NINE_IN_PARIS, NINE_IN_PARIS.plusSeconds(1800)))
			.orElseThrow();

		assertThat(email.to()).isEqualTo("jane@example.org");
		assertThat(email.subject()).isEqualTo("Your appointment was moved");
		assertThat(email.body()).contains("with Dr Gregory House")
			.contains("on Tuesday 24 November 2026 at 09:00 (Europe/Paris) was moved to "
					+ "Wednesday 25 November 2026 at 09:00 (Europe/Paris)")
			.contains("Appointment reference: appointment-2")
			.contains("cancel");
		assertThat(linksIn(email)).extracting(ActionLink::action)
			.containsExactly(LinkAction.CANCEL, LinkAction.RESCHEDULE);
		assertThat(linksIn(email)).as("the new appointment, at its new time")
			.allSatisfy(link -> assertAbout(link, "appointment-2", NINE_IN_PARIS.plus(Duration.ofDays(1))));
	}

	@Test
	void aWaitlistOfferSaysWhenUntilWhenAndHowToAccept() {
		this.people.knowJane().knowHouse();

		Email email = this.planner
			.emailFor(WaitlistOffered.of("entry-1", JANE, HOUSE, NINE_IN_PARIS, NINE_IN_PARIS.plusSeconds(1800),
					"Europe/Paris", "offer-1", NINE_IN_PARIS.minus(Duration.ofHours(20))))
			.orElseThrow();

		assertThat(email.subject()).isEqualTo("A slot opened up for you");
		assertThat(email.body())
			.contains("with Dr Gregory House (Internal Medicine) on Tuesday 24 November 2026 at 09:00 (Europe/Paris)")
			.contains("held for you until Monday 23 November 2026 at 13:00 (Europe/Paris)");
		assertThat(linksIn(email)).singleElement().satisfies(link -> {
			assertThat(link.action()).isEqualTo(LinkAction.ACCEPT_OFFER);
			assertThat(link.subjectId()).isEqualTo("offer-1");
			assertThat(link.boundTo()).isEqualTo("offer-1");
			assertThat(link.patientId()).isEqualTo(JANE);
			assertThat(link.expiresAt()).isEqualTo(NINE_IN_PARIS.minus(Duration.ofHours(20)));
		});
	}

	@Test
	void theVisitSummaryAndTheMissedVisitCarryNoLinkAndTheWelcomeOnlyItsAddressCheck() {
		this.people.knowJane().knowHouse();

		assertThat(this.planner.emailFor(PatientRegistered.of(JANE, "jane@example.org", "Jane", "Doe")).orElseThrow())
			.satisfies(welcome -> assertThat(textLinksOf(welcome)).singleElement()
				.asString()
				.startsWith("https://clinic.example.org/links/email/"));
		assertThat(
				List.of(this.planner.visitSummary("appointment-1", JANE, HOUSE),
						this.planner.emailFor(AppointmentNoShow.of("appointment-1", JANE, HOUSE, NINE_IN_PARIS,
								NINE_IN_PARIS.plusSeconds(1800), "Europe/Paris"))
							.orElseThrow()))
			.allSatisfy(email -> assertThat(email.body() + email.html()).doesNotContain("/links/"));
	}

	@Test
	void anAppointmentEnteredInErrorIsCalledOffIfItWasStillToComeAndOtherwiseNotMentioned() {
		this.people.knowJane().knowHouse();
		AppointmentEnteredInError upcoming = new AppointmentEnteredInError(UUID.randomUUID(), "appointment-1",
				NINE_IN_PARIS.minus(Duration.ofDays(1)), 1, JANE, HOUSE, NINE_IN_PARIS, NINE_IN_PARIS.plusSeconds(1800),
				"Europe/Paris");
		AppointmentEnteredInError past = new AppointmentEnteredInError(UUID.randomUUID(), "appointment-1",
				NINE_IN_PARIS.plus(Duration.ofDays(1)), 1, JANE, HOUSE, NINE_IN_PARIS, NINE_IN_PARIS.plusSeconds(1800),
				"Europe/Paris");

		assertThat(this.planner.emailFor(upcoming)).get()
			.satisfies(email -> assertThat(email.subject()).isEqualTo("Your appointment was cancelled"));
		assertThat(this.planner.emailFor(past)).isEmpty();
	}

	@Test
	void aWithdrawalSendsNothingItselfForEachCancellationTellsThePatient() {
		assertThat(this.planner.emailFor(ScheduleBookingsWithdrawn.doctorUnavailable(HOUSE, List.of("appointment-1"))))
			.isEmpty();
	}

	@Test
	void checkInAndCompletionSendNothing() {
		this.people.knowJane().knowHouse();

		assertThat(this.planner.emailFor(AppointmentCheckedIn.of("appointment-1", JANE, HOUSE, NINE_IN_PARIS)))
			.isEmpty();
		assertThat(this.planner.emailFor(AppointmentFulfilled.of("appointment-1", JANE, HOUSE, NINE_IN_PARIS)))
			.isEmpty();
	}

	@Test
	void aNewDoctorIsNotEmailed() {
		assertThat(this.planner
			.emailFor(DoctorRegistered.of(HOUSE, "house@example.org", "Gregory", "House", "Internal Medicine")))
			.isEmpty();
	}

	/** The email's links, in the order it shows them, each checked valid. */
	private List<ActionLink> linksIn(Email email) {
		Matcher links = LINK.matcher(email.body());
		List<ActionLink> found = new ArrayList<>();
		while (links.find()) {
			LinkCheck check = this.signer.check(links.group(1));
			assertThat(check).isInstanceOf(LinkCheck.Valid.class);
			found.add(((LinkCheck.Valid) check).link());
		}
		return found;
	}

	private static List<String> textLinksOf(Email email) {
		return TEXT_LINK.matcher(email.body()).results().map(MatchResult::group).toList();
	}

	private static List<String> htmlLinksOf(Email email) {
		return HTML_LINK.matcher(email.html()).results().map(result -> result.group(1)).toList();
	}

	private static void assertAbout(ActionLink link, String appointmentId, Instant start) {
		assertThat(link.subjectId()).isEqualTo(appointmentId);
		assertThat(link.patientId()).isEqualTo(JANE);
		assertThat(link.boundTo()).isEqualTo(String.valueOf(start.getEpochSecond()));
		assertThat(link.expiresAt()).isEqualTo(start);
	}

	private static AppointmentBooked booked() {
		return AppointmentBooked.of("appointment-1", JANE, HOUSE, NINE_IN_PARIS, NINE_IN_PARIS.plusSeconds(1800),
				"Europe/Paris");
	}

	/** The calendar chain as {@link StoredCalendarChain} keeps it, in memory. */
	private static final class ChainInMemory implements CalendarChain {

		private final Map<String, CalendarEventId> events = new HashMap<>();

		@Override
		public CalendarEventId rescheduled(String appointmentId, String replacesId) {
			CalendarEventId moved = this.events.getOrDefault(replacesId, CalendarEventId.firstOf(replacesId)).next();
			this.events.put(appointmentId, moved);
			return moved;
		}

		@Override
		public CalendarEventId cancelled(String appointmentId) {
			return this.events.getOrDefault(appointmentId, CalendarEventId.firstOf(appointmentId)).next();
		}

	}

	/** The directory as it stands after some registrations were consumed. */
	private static final class KnownPeople implements Directory {

		private final Map<String, Recipient> patients = new HashMap<>();

		private final Map<String, DoctorName> doctors = new HashMap<>();

		private final Map<String, Recipient> doctorAddresses = new HashMap<>();

		KnownPeople knowJane() {
			this.patients.put(JANE, new Recipient("jane@example.org", "Jane", "Doe"));
			return this;
		}

		KnownPeople knowJaneInLondon() {
			this.patients.put(JANE, new Recipient("jane@example.org", "Jane", "Doe", true, true, "Europe/London"));
			return this;
		}

		KnownPeople knowJaneWhoTurnedRemindersAndSummariesOff() {
			this.patients.put(JANE, new Recipient("jane@example.org", "Jane", "Doe", false, false));
			return this;
		}

		KnownPeople knowHouse() {
			this.doctors.put(HOUSE, new DoctorName("Gregory", "House", "Internal Medicine"));
			return this;
		}

		KnownPeople knowHousesAddress() {
			this.doctorAddresses.put(HOUSE, new Recipient("house@clinic.example.org", "Dr Gregory", "House"));
			return this;
		}

		@Override
		public Optional<Recipient> patient(String patientId) {
			return Optional.ofNullable(this.patients.get(patientId));
		}

		@Override
		public Optional<DoctorName> doctor(String doctorId) {
			return Optional.ofNullable(this.doctors.get(doctorId));
		}

		@Override
		public Optional<Recipient> doctorAddress(String doctorId) {
			return Optional.ofNullable(this.doctorAddresses.get(doctorId));
		}

	}

}
