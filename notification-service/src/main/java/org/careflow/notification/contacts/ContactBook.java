package org.careflow.notification.contacts;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.careflow.events.DoctorRegistered;
import org.careflow.events.PatientNotificationPreferencesChanged;
import org.careflow.events.PatientRegistered;
import org.careflow.notification.messages.Directory;
import org.careflow.notification.messages.DoctorName;
import org.careflow.notification.messages.Recipient;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The service's own copy of who patients and doctors are, built from registration events,
 * so that emails go out while the patient and doctor services are down. Recording is an
 * upsert by id, so a redelivered event changes nothing.
 * <p>
 * Doctors are also kept in memory once read ({@value #MAX_CACHED_DOCTORS} at most, then
 * the memory starts over): a booking's emails name the doctor twice (to the patient, and
 * the doctor's own), and a doctor's card is written once, when they are added. Patients
 * are always read from the store: their preferences change, on any replica.
 */
@Component
public class ContactBook implements Directory {

	static final int MAX_CACHED_DOCTORS = 10_000;

	private final MongoTemplate mongo;

	private final Map<String, DoctorCard> doctors = new ConcurrentHashMap<>();

	ContactBook(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Sets the contact's fields only: a preference recorded before stays. */
	public void record(PatientRegistered event) {
		this.mongo.upsert(new Query(Criteria.where("_id").is(event.aggregateId())),
				new Update().set("email", event.email())
					.set("firstName", event.firstName())
					.set("lastName", event.lastName()),
				PatientContact.class);
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

	public void record(DoctorRegistered event) {
		DoctorCard card = new DoctorCard(event.aggregateId(), event.firstName(), event.lastName(), event.specialty(),
				event.email());
		this.mongo.save(card);
		this.doctors.remove(card.doctorId());
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
		DoctorCard cached = this.doctors.get(doctorId);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<DoctorCard> found = Optional.ofNullable(this.mongo.findById(doctorId, DoctorCard.class));
		found.ifPresent((card) -> {
			if (this.doctors.size() >= MAX_CACHED_DOCTORS) {
				this.doctors.clear();
			}
			this.doctors.put(doctorId, card);
		});
		return found;
	}

}
