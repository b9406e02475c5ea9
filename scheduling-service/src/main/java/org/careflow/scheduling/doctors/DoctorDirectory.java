package org.careflow.scheduling.doctors;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.careflow.events.DoctorRegistered;
import org.careflow.events.DoctorUpdated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Doctors by specialty and by department ({@code doctors}, {@code _id} = doctor id), a
 * copy of {@code doctor.registered} and {@code doctor.updated} (see
 * {@link DoctorListing}). Each document carries {@code specialtyKey} (the specialty in
 * lower case, a {@code |} and the doctor id) and, for a listed doctor of a department,
 * {@code departmentKey} (the department id, {@code |}, the doctor id): unique, so the
 * local MongoDB-protocol server (which uses unique indexes only) answers a search, an
 * anchored prefix of one, from the index, as MongoDB does. Every write is conditional on
 * the {@code version} read, so a retirement and an event written at the same time do not
 * undo each other.
 */
@Repository
public class DoctorDirectory implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(DoctorDirectory.class);

	/** The most doctors a search across doctors considers; documented in the README. */
	public static final int MAX_DOCTORS = 50;

	/**
	 * What a specialty searched for may contain: letters, digits, spaces, hyphens,
	 * apostrophes (none of which means anything in a regular expression).
	 */
	public static final String SPECIALTY = "[\\p{L}\\p{N} '-]{1,100}";

	/** A department id searched for: as a doctor id, 1 to 64 letters, digits, hyphens. */
	public static final String DEPARTMENT = "[A-Za-z0-9-]{1,64}";

	private static final Pattern SAFE = Pattern.compile(SPECIALTY);

	private static final Pattern SAFE_DEPARTMENT = Pattern.compile(DEPARTMENT);

	private static final int ATTEMPTS = 3;

	private final MongoTemplate mongo;

	DoctorDirectory(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterPropertiesSet() {
		this.mongo.indexOps(DoctorEntry.class)
			.createIndex(new Index().on("specialtyKey", Direction.ASC).unique().named("specialty_doctor"));
		// sparse: doctors of no department (and documents from before departments) have
		// none
		this.mongo.indexOps(DoctorEntry.class)
			.createIndex(new Index().on("departmentKey", Direction.ASC).unique().sparse().named("department_doctor"));
	}

	/** Records the doctor's specialty, unless a later profile is held; idempotent. */
	void register(DoctorRegistered registered) {
		change(registered.aggregateId(),
				current -> current
					.map(listing -> listing.withRegistration(registered.specialty(), registered.occurredAt()))
					.orElseGet(() -> Optional.of(DoctorListing.registered(registered.aggregateId(),
							registered.specialty(), registered.occurredAt()))));
	}

	/**
	 * Records the doctor's specialty, department and whether they are active, unless a
	 * profile at least as recent is held; idempotent.
	 */
	void update(DoctorUpdated updated) {
		change(updated.aggregateId(),
				current -> current
					.map(listing -> listing.withProfile(updated.specialty(), updated.departmentId(), updated.active(),
							updated.occurredAt()))
					.orElseGet(() -> Optional.of(DoctorListing.updated(updated.aggregateId(), updated.specialty(),
							updated.departmentId(), updated.active(), updated.occurredAt()))));
	}

	/** Takes the doctor out of every search for good; idempotent. */
	public void retire(String doctorId) {
		change(doctorId, current -> Optional
			.of(current.map(DoctorListing::retire).orElseGet(() -> DoctorListing.retiredUnknown(doctorId))));
	}

	/**
	 * Whether searches leave the doctor out: deactivated or retired. A doctor this copy
	 * does not know is not left out (their schedule says the rest).
	 */
	public boolean unlisted(String doctorId) {
		return load(doctorId).map(stored -> !stored.listing().listed()).orElse(false);
	}

	/**
	 * The ids of up to {@value #MAX_DOCTORS} listed doctors of the specialty
	 * (case-insensitive, exact), in id order.
	 * @param specialty matching {@link #SPECIALTY}
	 */
	public List<String> doctorsOf(String specialty) {
		if (!SAFE.matcher(specialty).matches()) {
			return List.of();
		}
		return prefixed("specialtyKey", DoctorListing.keyOf(specialty));
	}

	/**
	 * The ids of up to {@value #MAX_DOCTORS} listed doctors of the department (exact), in
	 * id order.
	 * @param departmentId matching {@link #DEPARTMENT}
	 */
	public List<String> doctorsOfDepartment(String departmentId) {
		if (!SAFE_DEPARTMENT.matcher(departmentId).matches()) {
			return List.of();
		}
		return prefixed("departmentKey", departmentId);
	}

	/** Ids of the documents whose key is the (regex-safe) value and a {@code |}. */
	private List<String> prefixed(String key, String value) {
		Query query = new Query(Criteria.where(key).regex("^" + value + "\\|")).with(Sort.by(key)).limit(MAX_DOCTORS);
		query.fields().include("_id");
		return this.mongo.find(query, DoctorEntry.class).stream().map(DoctorEntry::doctorId).toList();
	}

	/**
	 * Reads, changes and writes the doctor's listing, conditional on the version read; a
	 * change that returns nothing writes nothing.
	 */
	private void change(String doctorId, Function<Optional<DoctorListing>, Optional<DoctorListing>> change) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Optional<DoctorEntry> stored = load(doctorId);
			Optional<DoctorListing> next = change.apply(stored.map(DoctorEntry::listing));
			if (next.isEmpty()) {
				return;
			}
			if (write(next.get(), stored)) {
				return;
			}
		}
		log.warn("Directory entry of doctor {} changed at the same time {} times; retried by the caller", doctorId,
				ATTEMPTS);
		throw new IllegalStateException("Directory entry of doctor " + doctorId + " changed at the same time");
	}

	private boolean write(DoctorListing listing, Optional<DoctorEntry> stored) {
		if (stored.isEmpty()) {
			try {
				this.mongo.insert(DoctorEntry.of(listing, 1L));
				return true;
			}
			catch (DuplicateKeyException concurrent) {
				return false;
			}
		}
		Long version = stored.get().version();
		long next = ((version != null) ? version : 0) + 1;
		Query current = new Query(Criteria.where("_id").is(listing.doctorId()).and("version").is(version));
		return this.mongo.replace(current, DoctorEntry.of(listing, next)).getMatchedCount() == 1;
	}

	private Optional<DoctorEntry> load(String doctorId) {
		return Optional.ofNullable(this.mongo.findById(doctorId, DoctorEntry.class));
	}

	/** As stored; {@code version} is null in documents from before versions. */
	@Document("doctors")
	record DoctorEntry(@Id String doctorId, String specialty, String specialtyKey, String departmentId,
			String departmentKey, Boolean active, Boolean retired, Instant profileAt, Long version) {

		static DoctorEntry of(DoctorListing listing, long version) {
			return new DoctorEntry(listing.doctorId(), listing.specialty(), listing.specialtyKey(),
					listing.departmentId(), listing.departmentKey(), listing.active(), listing.retired(),
					listing.profileAt(), version);
		}

		DoctorListing listing() {
			return new DoctorListing(this.doctorId, (this.specialty != null) ? this.specialty : "", this.departmentId,
					this.active, this.retired, this.profileAt);
		}

	}

}
