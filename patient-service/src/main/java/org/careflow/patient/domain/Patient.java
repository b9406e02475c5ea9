package org.careflow.patient.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.careflow.events.PatientRegistered;
import org.careflow.events.PatientUpdated;
import org.careflow.events.Topics;
import org.careflow.platform.outbox.PendingEvent;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A registered patient. The id is their Keycloak user id (the token subject), so
 * ownership checks compare it with the caller's {@code sub}. Events about the patient
 * wait in {@code pendingEvents} until the outbox relay has published them; they are
 * stored in the same write as the change they report.
 * <p>
 * The profile fields added later (gender, address, language, emergency contacts, the
 * attending doctor and department and the version) are absent from older documents: they
 * load as null, an empty list and version 0. The personal fields are sealed in the store
 * and opened when read (package {@code crypto}): this record always holds plain values.
 * Age is never stored: see {@link #ageOn(LocalDate)}.
 */
@Document(Patient.COLLECTION)
public record Patient(@Id String id, String email, String firstName, String lastName, LocalDate birthDate, String phone,
		Instant registeredAt, List<PendingEvent> pendingEvents, Gender gender, PostalAddress address,
		String preferredLanguage, List<EmergencyContact> emergencyContacts, String attendingDoctorId,
		String departmentId, Long version) {

	public static final String COLLECTION = "patients";

	public Patient {
		emergencyContacts = (emergencyContacts != null) ? List.copyOf(emergencyContacts) : List.of();
		pendingEvents = (pendingEvents != null) ? pendingEvents : List.of();
		version = (version != null) ? version : 0L;
	}

	/**
	 * A new patient together with the {@code patient.registered} event announcing them.
	 */
	public static Patient register(String id, PatientDetails details) {
		PatientRegistered registered = PatientRegistered.of(id, details.email(), details.firstName(),
				details.lastName());
		return new Patient(id, details.email(), details.firstName(), details.lastName(), details.birthDate(),
				details.phone(), registered.occurredAt(), List.of(PendingEvent.of(Topics.PATIENTS, registered)), null,
				null, null, List.of(), null, null, 0L);
	}

	/** Whole years lived on {@code today} (null without a birth date). */
	public Integer ageOn(LocalDate today) {
		return (this.birthDate != null) ? Period.between(this.birthDate, today).getYears() : null;
	}

	/** What the patient may change themself. */
	public ContactDetails contactDetails() {
		return new ContactDetails(this.phone, this.address, this.preferredLanguage, this.emergencyContacts);
	}

	/** This profile with the patient's own change. */
	public Patient with(ContactDetails contact) {
		return new Patient(this.id, this.email, this.firstName, this.lastName, this.birthDate, contact.phone(),
				this.registeredAt, this.pendingEvents, this.gender, contact.address(), contact.preferredLanguage(),
				contact.emergencyContacts(), this.attendingDoctorId, this.departmentId, this.version);
	}

	/** This profile as the clinic's staff set it (everything but the id and email). */
	public Patient with(StaffProfile profile) {
		ContactDetails contact = profile.contact();
		return new Patient(this.id, this.email, profile.firstName(), profile.lastName(), profile.birthDate(),
				contact.phone(), this.registeredAt, this.pendingEvents, profile.gender(), contact.address(),
				contact.preferredLanguage(), contact.emergencyContacts(), profile.attendingDoctorId(),
				profile.departmentId(), this.version);
	}

	/**
	 * This profile with the address the patient's login now has (they changed and
	 * verified it on their account page).
	 */
	public Patient withEmail(String email) {
		return new Patient(this.id, email, this.firstName, this.lastName, this.birthDate, this.phone, this.registeredAt,
				this.pendingEvents, this.gender, this.address, this.preferredLanguage, this.emergencyContacts,
				this.attendingDoctorId, this.departmentId, this.version);
	}

	/**
	 * Whether the login's address differs from the profile's (case aside: Keycloak keeps
	 * addresses in lower case).
	 */
	public boolean hasOtherEmailThan(String loginEmail) {
		return loginEmail != null && !loginEmail.isBlank() && !loginEmail.equalsIgnoreCase(this.email);
	}

	/**
	 * The {@code patient.updated} telling other services of this profile's name or
	 * address, if either differs from {@code before}: the copies they keep (who to email,
	 * whose name to show) hold nothing else.
	 */
	public Optional<PatientUpdated> updatedSince(Patient before) {
		boolean changed = !Objects.equals(this.email, before.email) || !Objects.equals(this.firstName, before.firstName)
				|| !Objects.equals(this.lastName, before.lastName);
		return changed ? Optional.of(PatientUpdated.of(this.id, this.email, this.firstName, this.lastName))
				: Optional.empty();
	}

}
