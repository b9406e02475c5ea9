package org.careflow.notification.contacts;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.careflow.events.DoctorRegistered;
import org.careflow.events.DoctorUpdated;
import org.careflow.events.PatientNotificationPreferencesChanged;
import org.careflow.events.PatientAnonymised;
import org.careflow.events.PatientRegistered;
import org.careflow.events.PatientUpdated;
import org.careflow.notification.messages.Directory;
import org.careflow.notification.messages.DoctorName;
import org.careflow.notification.messages.Recipient;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The service's own copy of who patients and doctors are, built from registration events
 * (and, for doctors, {@code doctor.updated}), so that emails go out while the patient and
 * doctor services are down. Recording is an upsert by id, so a redelivered event changes
 * nothing; a doctor's name and specialty follow the latest {@code occurredAt}, so an
 * older event arriving late changes nothing either.
 * <p>
 * Doctors are also kept in memory once read ({@value #MAX_CACHED_DOCTORS} at most, then
 * the memory starts over), for {@link #DOCTOR_MEMORY} at most: a booking's emails name
 * the doctor twice (to the patient, and the doctor's own), and a doctor's card changes
 * seldom. The replica that applies a change forgets its copy at once; the others use the
 * new name within {@link #DOCTOR_MEMORY}. Patients are always read from the store: their
 * preferences change, on any replica.
 */
@Component
public class ContactBook implements Directory {

	static final int MAX_CACHED_DOCTORS = 10_000;

	private static final String PROFILE_AT = "profileAt";

	private static final String ANONYMISED_AT = "anonymisedAt";

	/** How long a replica may name a doctor as it read them; a renaming is rare. */
	static final Duration DOCTOR_MEMORY = Duration.ofSeconds(30);

	private final MongoTemplate mongo;

	private final Map<String, Remembered> doctors = new ConcurrentHashMap<>();

	ContactBook(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * The patient's address and name as registered, unless a later change is held or the
	 * patient was anonymised; a preference recorded before stays.
	 */
	public void record(PatientRegistered event) {
		recordPatient(event.aggregateId(), event.email(), event.firstName(), event.lastName(), event.occurredAt());
	}

	/** As {@link #record(PatientRegistered)}: the latest {@code occurredAt} wins. */
	public void record(PatientUpdated event) {
		recordPatient(event.aggregateId(), event.email(), event.firstName(), event.lastName(), event.occurredAt());
	}

	/**
	 * Forgets the patient's address and name for good: the contact stays as a marker
	 * ({@code anonymisedAt}) that no later or replayed event writes over.
	 */
	public void record(PatientAnonymised event) {
		this.mongo.upsert(new Query(Criteria.where("_id").is(event.aggregateId())),
				new Update().set(ANONYMISED_AT, event.occurredAt())
					.unset("email")
					.unset("firstName")
					.unset("lastName")
					.unset("timeZone")
					.unset(PROFILE_AT),
				PatientContact.class);
	}

	/**
	 * One conditional write, matched by a contact not anonymised whose profile is older
	 * or unknown (contacts from before {@code profileAt} have none); an insert for a
	 * patient not known yet.
	 */
	private void recordPatient(String patientId, String email, String firstName, String lastName, Instant occurredAt) {
		Query olderOrNone = new Query(Criteria.where("_id")
			.is(patientId)
			.and(ANONYMISED_AT)
			.exists(false)
			.orOperator(Criteria.where(PROFILE_AT).is(null), Criteria.where(PROFILE_AT).lt(occurredAt)));
		Update profile = new Update().set("email", email)
			.set("firstName", firstName)
			.set("lastName", lastName)
			.set(PROFILE_AT, occurredAt);
		if (this.mongo.updateFirst(olderOrNone, profile, PatientContact.class).getMatchedCount() == 0
				&& this.mongo.findById(patientId, PatientContact.class) == null) {
			// another replica inserting first fails this event with a duplicate key; its
			// retry finds the contact
			this.mongo
				.insert(new PatientContact(patientId, email, firstName, lastName, null, null, null, occurredAt, null));
		}
	}

	/**
	 * The patient's latest choice of optional emails. Their registration comes first on
	 * the same partition; a choice for a patient not known (yet) is kept all the same.
	 */
	public void record(PatientNotificationPreferencesChanged event) {
		this.mongo.upsert(new Query(Criteria.where("_id").is(event.aggregateId())),
				new Update().set("reminders", event.reminders())
					.set("visitSummaries", event.visitSummaries())
					.set("timeZone", event.timeZone()),
				PatientContact.class);
	}

	/**
	 * The doctor's address, always (only the registration carries it); their name and
	 * specialty unless a later profile is held.
	 */
	public void record(DoctorRegistered event) {
		this.mongo.upsert(new Query(Criteria.where("_id").is(event.aggregateId())),
				new Update().set("email", event.email()), DoctorCard.class);
		recordProfile(event.aggregateId(), event.firstName(), event.lastName(), event.specialty(), event.occurredAt());
	}

	/**
	 * The doctor's new name and specialty, unless a profile at least as recent is held;
	 * the address stays. The department is not kept: no email shows it.
	 */
	public void record(DoctorUpdated event) {
		recordProfile(event.aggregateId(), event.firstName(), event.lastName(), event.specialty(), event.occurredAt());
	}

	/**
	 * One conditional write, matched only by a card without a profile or with an older
	 * one; an insert for a doctor not known yet.
	 */
	private void recordProfile(String doctorId, String firstName, String lastName, String specialty,
			Instant occurredAt) {
		Query olderOrNone = new Query(Criteria.where("_id")
			.is(doctorId)
			.orOperator(Criteria.where("profileAt").is(null), Criteria.where("profileAt").lt(occurredAt)));
		Update profile = new Update().set("firstName", firstName)
			.set("lastName", lastName)
			.set("specialty", specialty)
			.set("profileAt", occurredAt);
		if (this.mongo.updateFirst(olderOrNone, profile, DoctorCard.class).getMatchedCount() == 0
				&& this.mongo.findById(doctorId, DoctorCard.class) == null) {
			// should another replica insert it first, the duplicate key fails the event,
			// and its retry finds the card
			this.mongo.insert(new DoctorCard(doctorId, firstName, lastName, specialty, null, occurredAt));
		}
		this.doctors.remove(doctorId);
	}

	@Override
	public Optional<Recipient> patient(String patientId) {
		return Optional.ofNullable(this.mongo.findById(patientId, PatientContact.class))
			.filter(contact -> contact.email() != null)
			.map(contact -> new Recipient(contact.email(), contact.firstName(), contact.lastName(),
					!Boolean.FALSE.equals(contact.reminders()), !Boolean.FALSE.equals(contact.visitSummaries()),
					contact.timeZone()));
	}

	@Override
	public Optional<Recipient> doctorAddress(String doctorId) {
		return card(doctorId).filter(card -> card.email() != null)
			.map(card -> new Recipient(card.email(), "Dr " + card.firstName(), card.lastName()));
	}

	@Override
	public Optional<DoctorName> doctor(String doctorId) {
		return card(doctorId).map(card -> new DoctorName(card.firstName(), card.lastName(), card.specialty()));
	}

	/** A doctor not known yet is looked up again next time: their card may arrive. */
	private Optional<DoctorCard> card(String doctorId) {
		long now = System.nanoTime();
		Remembered cached = this.doctors.get(doctorId);
		if (cached != null && now - cached.readAt() < DOCTOR_MEMORY.toNanos()) {
			return Optional.of(cached.card());
		}
		Optional<DoctorCard> found = Optional.ofNullable(this.mongo.findById(doctorId, DoctorCard.class));
		found.ifPresent((card) -> {
			if (this.doctors.size() >= MAX_CACHED_DOCTORS) {
				this.doctors.clear();
			}
			this.doctors.put(doctorId, new Remembered(card, now));
		});
		return found;
	}

	/** A card and when it was read ({@link System#nanoTime()}). */
	private record Remembered(DoctorCard card, long readAt) {
	}

}
