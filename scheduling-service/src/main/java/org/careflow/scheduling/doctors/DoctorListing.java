package org.careflow.scheduling.doctors;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * How a doctor is found in searches across doctors: their specialty and department, as
 * doctor-service last said (the latest {@code occurredAt} wins, so an event overtaken by
 * a newer one changes nothing), and whether they are listed at all: a doctor deactivated
 * (doctor-service's {@code active: false}) or retired here is in no search.
 * <p>
 * The search keys are the value, a {@code |} and the doctor id, unique per doctor; an
 * unlisted doctor's specialty key starts with {@value #UNLISTED}, which no searched
 * specialty can, and they have no department key.
 *
 * @param active null for a doctor known before deactivation existed: active
 * @param retired null: not retired
 * @param profileAt when the profile held was current (the event's {@code occurredAt})
 */
record DoctorListing(String doctorId, String specialty, String departmentId, Boolean active, Boolean retired,
		Instant profileAt) {

	static final String UNLISTED = "#";

	/** A doctor first heard of through {@code doctor.registered}. */
	static DoctorListing registered(String doctorId, String specialty, Instant occurredAt) {
		return new DoctorListing(doctorId, clean(specialty), null, true, false, occurredAt);
	}

	/** A doctor first heard of through {@code doctor.updated}. */
	static DoctorListing updated(String doctorId, String specialty, String departmentId, boolean active,
			Instant occurredAt) {
		return new DoctorListing(doctorId, clean(specialty), departmentId, active, false, occurredAt);
	}

	/** A doctor retired before any of their events arrived. */
	static DoctorListing retiredUnknown(String doctorId) {
		return new DoctorListing(doctorId, "", null, true, true, null);
	}

	/**
	 * The specialty of {@code doctor.registered}, unless a profile at least as recent is
	 * held already.
	 */
	Optional<DoctorListing> withRegistration(String specialty, Instant occurredAt) {
		if (!newer(occurredAt)) {
			return Optional.empty();
		}
		return Optional.of(new DoctorListing(this.doctorId, clean(specialty), this.departmentId, this.active,
				this.retired, occurredAt));
	}

	/** The profile of {@code doctor.updated}, unless one at least as recent is held. */
	Optional<DoctorListing> withProfile(String specialty, String departmentId, boolean active, Instant occurredAt) {
		if (!newer(occurredAt)) {
			return Optional.empty();
		}
		return Optional
			.of(new DoctorListing(this.doctorId, clean(specialty), departmentId, active, this.retired, occurredAt));
	}

	/** Retired here: unlisted for good, whatever profile comes later. */
	DoctorListing retire() {
		return new DoctorListing(this.doctorId, this.specialty, this.departmentId, this.active, true, this.profileAt);
	}

	/** Whether searches find the doctor and offer their slots. */
	boolean listed() {
		return !Boolean.FALSE.equals(this.active) && !Boolean.TRUE.equals(this.retired);
	}

	String specialtyKey() {
		return (listed() ? keyOf(this.specialty) : UNLISTED) + "|" + this.doctorId;
	}

	/** Null for an unlisted doctor or one of no department. */
	String departmentKey() {
		return (listed() && this.departmentId != null) ? this.departmentId + "|" + this.doctorId : null;
	}

	static String keyOf(String specialty) {
		return specialty.strip().toLowerCase(Locale.ROOT);
	}

	private boolean newer(Instant occurredAt) {
		return this.profileAt == null || occurredAt == null || occurredAt.isAfter(this.profileAt);
	}

	private static String clean(String specialty) {
		return (specialty != null) ? specialty.strip() : "";
	}

}
