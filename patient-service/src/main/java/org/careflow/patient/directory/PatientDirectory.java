package org.careflow.patient.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.careflow.patient.care.CareRelations;
import org.careflow.patient.crypto.PatientSealing;
import org.careflow.patient.crypto.UnreadableRecordException;
import org.careflow.patient.domain.NameKey;
import org.careflow.patient.domain.Patient;
import org.careflow.patient.domain.Violations;
import org.careflow.platform.web.PageParams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Finds patients in the {@code patients} collection by their blind index terms (names,
 * birth date: the store holds them sealed) and department, a doctor's search narrowed to
 * their care inside the database ({@link CareRelations}). The names are opened here, so
 * the order (last then first name, any case, then id) and the pages are made here: a
 * search may match at most {@value #MAX_MATCHES} profiles (else 400 asking for more of
 * the name or another filter). A profile that fails its integrity check is left out
 * (logged with its id); opened by id, it answers that it cannot be read.
 */
@Repository
class PatientDirectory implements InitializingBean {

	static final int MAX_MATCHES = 2000;

	private static final Logger log = LoggerFactory.getLogger(PatientDirectory.class);

	/** The indexes on the plain name keys of before encryption. */
	private static final Set<String> RETIRED_INDEXES = Set.of("by_name", "by_first_name", "by_birth_date",
			"by_department");

	private static final Comparator<Patient> ORDER = Comparator
		.comparing((Patient patient) -> Objects.toString(NameKey.of(patient.lastName()), ""))
		.thenComparing((patient) -> Objects.toString(NameKey.of(patient.firstName()), ""))
		.thenComparing(Patient::id);

	private final MongoTemplate mongo;

	private final CareRelations care;

	private final PatientSealing sealing;

	PatientDirectory(MongoTemplate mongo, CareRelations care, PatientSealing sealing) {
		this.mongo = mongo;
		this.care = care;
		this.sealing = sealing;
	}

	@Override
	public void afterPropertiesSet() {
		var indexes = this.mongo.indexOps(Patient.class);
		try {
			indexes.getIndexInfo()
				.stream()
				.map(IndexInfo::getName)
				.filter(RETIRED_INDEXES::contains)
				.forEach(indexes::dropIndex);
		}
		catch (RuntimeException ex) {
			// they only cost space: the start goes on
			log.warn("The directory's indexes of before encryption were not dropped: {}", ex.toString());
		}
		indexes.createIndex(new Index().on(PatientSealing.NAME_TERMS, Direction.ASC).named("by_name_term"));
		indexes.createIndex(new Index().on(PatientSealing.BIRTH_DATE_TERM, Direction.ASC).named("by_birth_date_term"));
		indexes.createIndex(new Index().on("departmentId", Direction.ASC).named("by_department_id"));
	}

	/**
	 * @param doctorId whose care the search is limited to, or null for the whole clinic
	 * @return up to {@link PageParams#fetchSize()} patients: the page and possibly the
	 * first of the next
	 * @throws org.careflow.patient.domain.InvalidProfileException naming {@code name} if
	 * more than {@value #MAX_MATCHES} profiles match
	 */
	List<Patient> find(DirectoryQuery query, String doctorId, PageParams paging) {
		List<Patient> matching = candidates(query, doctorId).stream()
			.map(this::opened)
			.flatMap(Optional::stream)
			.filter(query::matches)
			.sorted(ORDER)
			.toList();
		int from = (int) Math.min(paging.offset(), matching.size());
		return matching.subList(from, Math.min(from + paging.fetchSize(), matching.size()));
	}

	private List<Document> candidates(DirectoryQuery query, String doctorId) {
		Criteria criteria = criteriaOf(query);
		List<Document> found;
		if (doctorId == null) {
			found = this.mongo.find(new Query(criteria).limit(MAX_MATCHES + 1), Document.class, Patient.COLLECTION);
		}
		else {
			List<AggregationOperation> stages = new ArrayList<>();
			stages.add(Aggregation.match(criteria));
			stages.addAll(this.care.keepPatientsInCareOf(doctorId));
			stages.add(Aggregation.limit(MAX_MATCHES + 1));
			found = this.mongo.aggregate(Aggregation.newAggregation(stages), Patient.COLLECTION, Document.class)
				.getMappedResults();
		}
		if (found.size() > MAX_MATCHES) {
			Violations violations = new Violations();
			violations.add("name", "matches more than " + MAX_MATCHES
					+ " patients: give more of the name, or a birth date or department as well");
			violations.throwIfAny();
		}
		return found;
	}

	private Optional<Patient> opened(Document document) {
		try {
			this.sealing.open(document);
			return Optional.of(this.mongo.getConverter().read(Patient.class, document));
		}
		catch (UnreadableRecordException ex) {
			return Optional.empty();
		}
	}

	private Criteria criteriaOf(DirectoryQuery query) {
		List<Criteria> all = new ArrayList<>();
		if (query.namePrefix() != null) {
			all.add(Criteria.where(PatientSealing.NAME_TERMS).is(this.sealing.nameTerm(query.namePrefix())));
		}
		if (query.birthDate() != null) {
			all.add(Criteria.where(PatientSealing.BIRTH_DATE_TERM).is(this.sealing.birthDateTerm(query.birthDate())));
		}
		if (query.departmentId() != null) {
			all.add(Criteria.where("departmentId").is(query.departmentId()));
		}
		return new Criteria().andOperator(all);
	}

	/**
	 * The department's active patients (their profile names it; not deactivated): up to
	 * {@code limit} ids in id order, and how many there are (the department index).
	 */
	DepartmentPatients activeIn(String departmentId, int limit) {
		Criteria active = Criteria.where("departmentId").is(departmentId).and("deactivatedAt").exists(false);
		long count = this.mongo.count(new Query(active), Patient.COLLECTION);
		if (count == 0) {
			return new DepartmentPatients(List.of(), 0);
		}
		Query some = new Query(active).with(Sort.by("_id")).limit(limit);
		some.fields().include("_id");
		List<String> ids = this.mongo.find(some, Document.class, Patient.COLLECTION)
			.stream()
			.map((found) -> found.getString("_id"))
			.toList();
		return new DepartmentPatients(ids, count);
	}

	/** Some of a department's patients, and how many. */
	record DepartmentPatients(List<String> ids, long count) {
	}

}
