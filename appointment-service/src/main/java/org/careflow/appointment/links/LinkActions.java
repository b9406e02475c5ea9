package org.careflow.appointment.links;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.careflow.appointment.booking.AppointmentNotFoundException;
import org.careflow.appointment.booking.Appointments;
import org.careflow.appointment.booking.BookingInProgressException;
import org.careflow.appointment.booking.Reschedules;
import org.careflow.appointment.domain.ActionNotAllowedException;
import org.careflow.appointment.domain.Actor;
import org.careflow.appointment.domain.Appointment;
import org.careflow.appointment.domain.AppointmentConflictException;
import org.careflow.appointment.domain.AppointmentRuleException;
import org.careflow.appointment.domain.AppointmentStatus;
import org.careflow.appointment.domain.EmailNotVerifiedException;
import org.careflow.appointment.domain.PatientOverlapException;
import org.careflow.appointment.domain.StartOutOfRangeException;
import org.careflow.appointment.domain.UpcomingLimitException;
import org.careflow.appointment.scheduling.InvalidClaimException;
import org.careflow.appointment.scheduling.SchedulingUnavailableException;
import org.careflow.appointment.scheduling.SignInUnavailableException;
import org.careflow.appointment.scheduling.SlotClaims;
import org.careflow.appointment.scheduling.SlotNotBookableException;
import org.careflow.appointment.scheduling.SlotTakenException;
import org.careflow.appointment.waitlist.OfferNotFoundException;
import org.careflow.appointment.waitlist.Waitlist;
import org.careflow.appointment.waitlist.WaitlistEntry;
import org.careflow.platform.links.ActionLink;
import org.careflow.platform.links.LinkCheck;
import org.careflow.platform.links.LinkPage;
import org.careflow.platform.links.LinkSigner;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * What each link shows and does. The patient acts through the link as themself (the same
 * rules, audit and events as in the API); showing never changes anything.
 */
@Service
class LinkActions {

	/** Times a reschedule page offers, from the next two weeks. */
	static final int RESCHEDULE_CHOICES = 8;

	static final Duration RESCHEDULE_WINDOW = Duration.ofDays(14);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm",
			Locale.ENGLISH);

	private static final String APPOINTMENT = "Your appointment";

	private static final String EXPIRED = "Links in our emails work until the appointment starts (an offer: until "
			+ "it ends). Sign in to CareFlow to see your appointments.";

	private static final String USED = "Sign in to CareFlow to see your appointments.";

	private final LinkSigner signer;

	private final UsedLinks used;

	private final Appointments appointments;

	private final Reschedules reschedules;

	private final Waitlist waitlist;

	private final SlotClaims slots;

	private final Clock clock;

	LinkActions(LinkSigner signer, UsedLinks used, Appointments appointments, Reschedules reschedules,
			Waitlist waitlist, SlotClaims slots, Clock clock) {
		this.signer = signer;
		this.used = used;
		this.appointments = appointments;
		this.reschedules = reschedules;
		this.waitlist = waitlist;
		this.slots = slots;
		this.clock = clock;
	}

	/** The page a link opens: what it would do, and the button that does it. */
	LinkPage show(String token) {
		return switch (this.signer.check(token)) {
			case LinkCheck.Invalid invalid -> LinkPage.invalid();
			case LinkCheck.Expired expired -> LinkPage.expired(EXPIRED);
			case LinkCheck.Valid valid when this.used.isUsed(valid.link()) -> LinkPage.used(USED);
			case LinkCheck.Valid valid -> switch (valid.link().action()) {
				case CANCEL -> showCancel(valid.link());
				case RESCHEDULE -> showReschedule(valid.link());
				case ACCEPT_OFFER -> showOffer(valid.link());
				// patient-service's, at /links/email/{token} and /verify/{token}: this
				// page
				// has nothing to do
				case VERIFY_EMAIL, VERIFY_DOCUMENT -> LinkPage.invalid();
			};
		};
	}

	/**
	 * Does what the link is for, once: the link is marked used first (one click of two at
	 * the same moment wins), and unmarked if the action is refused, so it can be tried
	 * again.
	 * @param choice the button pressed: a start for a reschedule, empty otherwise
	 */
	LinkPage act(String token, String choice) {
		return switch (this.signer.check(token)) {
			case LinkCheck.Invalid invalid -> LinkPage.invalid();
			case LinkCheck.Expired expired -> LinkPage.expired(EXPIRED);
			case LinkCheck.Valid valid -> switch (valid.link().action()) {
				case CANCEL -> cancel(valid.link());
				case RESCHEDULE -> reschedule(valid.link(), choice);
				case ACCEPT_OFFER -> acceptOffer(valid.link());
				case VERIFY_EMAIL, VERIFY_DOCUMENT -> LinkPage.invalid();
			};
		};
	}

	private LinkPage showCancel(ActionLink link) {
		return current(link)
			.map((appointment) -> LinkPage.confirm("Cancel your appointment?",
					"Your appointment on " + when(appointment) + " will be cancelled, and the time offered to "
							+ "another patient.",
					LinkPage.Button.confirm("Yes, cancel my appointment")))
			.orElseGet(() -> LinkPage.superseded(APPOINTMENT));
	}

	private LinkPage cancel(ActionLink link) {
		Optional<Appointment> current = current(link);
		if (current.isEmpty()) {
			return this.used.isUsed(link) ? LinkPage.used(USED) : LinkPage.superseded(APPOINTMENT);
		}
		return once(link, () -> {
			this.appointments.cancel(link.subjectId(), patient(link), null);
			return LinkPage.done("Your appointment is cancelled", "Your appointment on " + when(current.get())
					+ " is cancelled. We are sending you an email to confirm it.");
		}, LinkActions::justTaken);
	}

	private LinkPage showReschedule(ActionLink link) {
		Optional<Appointment> current = current(link);
		if (current.isEmpty()) {
			return LinkPage.superseded(APPOINTMENT);
		}
		try {
			return choices(current.get(), "Choose a new time",
					"Your appointment is on " + when(current.get()) + ". Pick another time with the same doctor:");
		}
		catch (SchedulingUnavailableException | SignInUnavailableException ex) {
			return LinkPage.unavailable("The list of free times");
		}
	}

	private LinkPage reschedule(ActionLink link, String choice) {
		Optional<Appointment> current = current(link);
		if (current.isEmpty()) {
			return this.used.isUsed(link) ? LinkPage.used(USED) : LinkPage.superseded(APPOINTMENT);
		}
		Optional<Instant> newStart = parse(choice);
		if (newStart.isEmpty()) {
			return noTimeChosen();
		}
		return once(link, () -> {
			Appointment moved = this.reschedules.reschedule(link.subjectId(), patient(link), newStart.get(), null);
			return LinkPage.done("Your appointment is moved",
					"Your appointment is now on " + when(moved) + ". We are sending you an email with the new time.");
		}, () -> choices(current.get(), "That time was just taken", "Someone booked it a moment ago. Pick another:")
			.withStatus(HttpStatus.CONFLICT));
	}

	private LinkPage showOffer(ActionLink link) {
		try {
			WaitlistEntry.Offer offer = this.waitlist.openOffer(patient(link), link.subjectId());
			return LinkPage.confirm("Take this appointment?",
					"A time has opened with the doctor you are waiting for: " + when(offer.start(), offer.timeZone())
							+ ". It is held for you until " + time(offer.expiresAt(), offer.timeZone()) + ".",
					LinkPage.Button.confirm("Yes, book it for me"));
		}
		catch (OfferNotFoundException | AppointmentConflictException ex) {
			return offerClosed();
		}
	}

	private LinkPage acceptOffer(ActionLink link) {
		return once(link, () -> {
			// the link reached the patient at their email address: that proves it is
			// theirs
			Appointment booked = this.waitlist.accept(patient(link), true, link.subjectId());
			return LinkPage.done("You are booked",
					"Your appointment is on " + when(booked) + ". We are sending you an email to confirm it.");
		}, LinkActions::justTaken);
	}

	/**
	 * The appointment as the link's email showed it: still the patient's, booked, not
	 * moved since; empty otherwise.
	 */
	private Optional<Appointment> current(ActionLink link) {
		Appointment appointment;
		try {
			appointment = this.appointments.get(link.subjectId(), patient(link));
		}
		catch (AppointmentNotFoundException ex) {
			return Optional.empty();
		}
		boolean asShown = appointment.status() == AppointmentStatus.BOOKED
				&& appointment.snapshot().replacedBy() == null
				&& ActionLink.boundToStart(appointment.start()).equals(link.boundTo());
		return asShown ? Optional.of(appointment) : Optional.empty();
	}

	private LinkPage choices(Appointment appointment, String title, String message) {
		Instant now = this.clock.instant();
		String zone = appointment.snapshot().timeZone();
		LinkPage.Button[] buttons = this.slots
			.freeStarts(appointment.doctorId(), now, now.plus(RESCHEDULE_WINDOW), RESCHEDULE_CHOICES + 1)
			.stream()
			.filter((start) -> !start.equals(appointment.start()))
			.limit(RESCHEDULE_CHOICES)
			.map((start) -> new LinkPage.Button(when(start, zone), start.toString()))
			.toArray(LinkPage.Button[]::new);
		if (buttons.length == 0) {
			return LinkPage.done("No other free time soon",
					"Your doctor has no other free time in the next two weeks. Your appointment on " + when(appointment)
							+ " stands; sign in to CareFlow to look further ahead.");
		}
		return LinkPage.confirm(title, message, buttons);
	}

	/**
	 * Marks the link used (a link used already gets its page here), then acts; a refusal
	 * unmarks it and says why in plain words.
	 * @param whenTaken the page when the slot asked for went to someone else meanwhile
	 */
	private LinkPage once(ActionLink link, Supplier<LinkPage> action, Supplier<LinkPage> whenTaken) {
		if (!this.used.mark(link)) {
			return LinkPage.used(USED);
		}
		try {
			return action.get();
		}
		catch (RuntimeException ex) {
			this.used.unmark(link);
			return refused(ex, whenTaken);
		}
	}

	private static LinkPage justTaken() {
		return LinkPage.notPossible("That time was just taken",
				"Someone booked it a moment ago. Sign in to CareFlow to pick another time.");
	}

	private static LinkPage noTimeChosen() {
		return new LinkPage(HttpStatus.BAD_REQUEST, "Choose a time from the list",
				"Open the link from your email again and press one of the times.", List.of());
	}

	private LinkPage refused(RuntimeException ex, Supplier<LinkPage> whenTaken) {
		if (ex instanceof SlotTakenException) {
			return whenTaken.get();
		}
		if (ex instanceof SchedulingUnavailableException || ex instanceof SignInUnavailableException
				|| ex instanceof BookingInProgressException) {
			return LinkPage.unavailable("Booking");
		}
		if (ex instanceof OfferNotFoundException) {
			return offerClosed();
		}
		if (ex instanceof AppointmentRuleException || ex instanceof AppointmentConflictException
				|| ex instanceof ActionNotAllowedException || ex instanceof PatientOverlapException
				|| ex instanceof UpcomingLimitException || ex instanceof StartOutOfRangeException
				|| ex instanceof SlotNotBookableException || ex instanceof EmailNotVerifiedException
				|| ex instanceof InvalidClaimException) {
			// the domain's own sentences, written for the person acting
			return LinkPage.notPossible("This cannot be done now", ex.getMessage());
		}
		throw ex;
	}

	private static LinkPage offerClosed() {
		return new LinkPage(HttpStatus.GONE, "This offer is no longer open",
				"The time was held for you for a while, and that time is over or the offer was answered. "
						+ "Sign in to CareFlow to see your waitlist.",
				List.of());
	}

	private static Optional<Instant> parse(String choice) {
		if (choice == null || choice.isEmpty() || choice.length() > 40) {
			return Optional.empty();
		}
		try {
			return Optional.of(Instant.parse(choice));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	private static Actor patient(ActionLink link) {
		return new Actor(link.patientId(), Set.of("patient"));
	}

	private static String when(Appointment appointment) {
		return when(appointment.start(), appointment.snapshot().timeZone());
	}

	/** In the doctor's time zone, named, as the emails show it. */
	static String when(Instant instant, String timeZone) {
		ZoneId zone = zoneOf(timeZone);
		return WHEN.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
	}

	private static String time(Instant instant, String timeZone) {
		return DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH).format(instant.atZone(zoneOf(timeZone)));
	}

	private static ZoneId zoneOf(String timeZone) {
		try {
			return (timeZone != null) ? ZoneId.of(timeZone) : ZoneOffset.UTC;
		}
		catch (RuntimeException ex) {
			return ZoneOffset.UTC;
		}
	}

}
