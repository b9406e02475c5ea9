package org.careflow.scheduling.doctors;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.careflow.events.DoctorRegistered;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Doctors by specialty ({@code doctors}, {@code _id} = doctor id). Each document carries
 * {@code specialtyKey} = the specialty in lower case, a {@code |} and the doctor id:
 * unique, so the local MongoDB-protocol server (which uses unique indexes only) answers a
 * search, an anchored prefix of it, from the index, as MongoDB does.
 */
@Repository
public class DoctorDirectory implements InitializingBean {

	/** The most doctors a search across doctors considers; documented in the README. */
	public static final int MAX_DOCTORS = 50;

	/**
	 * What a specialty searched for may contain: letters, digits, spaces, hyphens,
	 * apostrophes (none of which means anything in a regular expression).
	 */
	public static final String SPECIALTY = "[\\p{L}\\p{N} '-]{1,100}";

	private static final Pattern SAFE = Pattern.compile(SPECIALTY);

	private final MongoTemplate mongo;

	DoctorDirectory(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterPropertiesSet() {
		this.mongo.indexOps(DoctorEntry.class)
			.createIndex(new Index().on("specialtyKey", Direction.ASC).unique().named("specialty_doctor"));
	}

	/** Records (or corrects) the doctor's specialty; idempotent. */
	void register(DoctorRegistered registered) {
		String specialty = (registered.specialty() != null) ? registered.specialty().strip() : "";
		Update update = new Update().set("specialty", specialty)
			.set("specialtyKey", keyOf(specialty) + "|" + registered.aggregateId());
		this.mongo.upsert(new Query(Criteria.where("_id").is(registered.aggregateId())), update, DoctorEntry.class);
	}

	/**
	 * The ids of up to {@value #MAX_DOCTORS} doctors of the specialty (case-insensitive,
	 * exact), in id order.
	 * @param specialty matching {@link #SPECIALTY}
	 */
	public List<String> doctorsOf(String specialty) {
		if (!SAFE.matcher(specialty).matches()) {
			return List.of();
		}
		Query query = new Query(Criteria.where("specialtyKey").regex("^" + keyOf(specialty) + "\\|"))
			.with(Sort.by("specialtyKey"))
			.limit(MAX_DOCTORS);
		query.fields().include("_id");
		return this.mongo.find(query, DoctorEntry.class).stream().map(DoctorEntry::doctorId).toList();
	}

	private static String keyOf(String specialty) {
		return specialty.strip().toLowerCase(Locale.ROOT);
	}

	@Document("doctors")
	record DoctorEntry(@Id String doctorId, String specialty, String specialtyKey) {
	}

}
