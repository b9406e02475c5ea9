package org.careflow.notification.contacts;

import java.util.Optional;

import org.careflow.events.DoctorRegistered;
import org.careflow.events.PatientRegistered;
import org.careflow.notification.messages.Directory;
import org.careflow.notification.messages.DoctorName;
import org.careflow.notification.messages.Recipient;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The service's own copy of who patients and doctors are, built from registration events,
 * so that emails go out while the patient and doctor services are down. Recording is an
 * upsert by id, so a redelivered event changes nothing.
 */
@Component
public class ContactBook implements Directory {

	private final MongoTemplate mongo;

	ContactBook(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public void record(PatientRegistered event) {
		this.mongo.save(new PatientContact(event.aggregateId(), event.email(), event.firstName(), event.lastName()));
	}

	public void record(DoctorRegistered event) {
		this.mongo.save(new DoctorCard(event.aggregateId(), event.firstName(), event.lastName(), event.specialty()));
	}

	@Override
	public Optional<Recipient> patient(String patientId) {
		return Optional.ofNullable(this.mongo.findById(patientId, PatientContact.class))
			.map(contact -> new Recipient(contact.email(), contact.firstName(), contact.lastName()));
	}

	@Override
	public Optional<DoctorName> doctor(String doctorId) {
		return Optional.ofNullable(this.mongo.findById(doctorId, DoctorCard.class))
			.map(card -> new DoctorName(card.firstName(), card.lastName(), card.specialty()));
	}

}
