package org.careflow.doctor.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.careflow.events.DoctorRegistered;
import org.careflow.events.DoctorUpdated;
import org.careflow.events.Topics;
import org.careflow.platform.outbox.PendingEvent;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A doctor. The id is their Keycloak user id (the token subject). Events about the doctor
 * wait in {@code pendingEvents} until the outbox relay has published them; they are
 * stored in the same write as the change they report. {@code departmentId} is the
 * department they belong to, if any (null for doctors stored before departments existed,
 * too). {@code profile} is what the doctor says about themself; {@code licenseNumber} is
 * set by an admin. {@code version} counts changes, so that two edits at once cannot
 * overwrite each other. Documents stored before these fields existed read as version 0,
 * an empty profile and active ({@code deactivatedAt} null).
 */
@Document(Doctor.COLLECTION)
public record Doctor(@Id String id, String email, String firstName, String lastName, String specialty,
		String departmentId, Instant registeredAt, List<PendingEvent> pendingEvents, String licenseNumber,
		DoctorProfile profile, Instant deactivatedAt, Long version) {

	public static final String COLLECTION = "doctors";

	/** The stored field of {@link #departmentId()}, for queries and targeted updates. */
	public static final String DEPARTMENT_ID = "departmentId";

	/** The stored field of {@link #version()}. */
	public static final String VERSION = "version";

	public Doctor {
		profile = (profile != null) ? profile : DoctorProfile.EMPTY;
		version = (version != null) ? version : 0L;
	}

	/** A new doctor together with the {@code doctor.registered} event announcing them. */
	public static Doctor register(String id, DoctorDetails details) {
		DoctorRegistered registered = DoctorRegistered.of(id, details.email(), details.firstName(), details.lastName(),
				details.specialty());
		return new Doctor(id, details.email(), details.firstName(), details.lastName(), details.specialty(), null,
				registered.occurredAt(), List.of(PendingEvent.of(Topics.DOCTORS, registered)), null, null, null, 0L);
	}

	/** False once an admin deactivated the doctor (no new bookings). */
	public boolean active() {
		return this.deactivatedAt == null;
	}

	/**
	 * Whether {@code callerId} may see the doctor's phone, license number and version:
	 * the doctor themself and admins; everyone else sees the public profile.
	 */
	public boolean showsPrivateDetailsTo(String callerId, boolean callerIsAdmin) {
		return callerIsAdmin || this.id.equals(callerId);
	}

	public Doctor withDepartment(String newDepartmentId) {
		return new Doctor(this.id, this.email, this.firstName, this.lastName, this.specialty, newDepartmentId,
				this.registeredAt, this.pendingEvents, this.licenseNumber, this.profile, this.deactivatedAt,
				this.version);
	}

	/**
	 * The doctor deactivated at {@code now}; one already deactivated stays as they are.
	 */
	public Doctor deactivated(Instant now) {
		if (!active()) {
			return this;
		}
		return new Doctor(this.id, this.email, this.firstName, this.lastName, this.specialty, this.departmentId,
				this.registeredAt, this.pendingEvents, this.licenseNumber, this.profile, now, this.version);
	}

	/** The same doctor at another version (the store moves it on with each change). */
	Doctor withVersion(long newVersion) {
		return new Doctor(this.id, this.email, this.firstName, this.lastName, this.specialty, this.departmentId,
				this.registeredAt, this.pendingEvents, this.licenseNumber, this.profile, this.deactivatedAt,
				newVersion);
	}

	Doctor withAdministrativeDetails(String newFirstName, String newLastName, String newSpecialty,
			String newLicenseNumber, DoctorProfile newProfile) {
		return new Doctor(this.id, this.email, newFirstName, newLastName, newSpecialty, this.departmentId,
				this.registeredAt, this.pendingEvents, newLicenseNumber, newProfile, this.deactivatedAt, this.version);
	}

	/**
	 * The {@code doctor.updated} event announcing this doctor, if what other services
	 * keep of a doctor (names, specialty, department, active) differs from
	 * {@code before}. A change of the bio, phone or languages alone tells them nothing:
	 * no event.
	 */
	public Optional<DoctorUpdated> updatedSince(Doctor before) {
		boolean changed = !Objects.equals(this.firstName, before.firstName)
				|| !Objects.equals(this.lastName, before.lastName) || !Objects.equals(this.specialty, before.specialty)
				|| !Objects.equals(this.departmentId, before.departmentId) || active() != before.active();
		return changed ? Optional
			.of(DoctorUpdated.of(this.id, this.firstName, this.lastName, this.specialty, this.departmentId, active()))
				: Optional.empty();
	}

}
