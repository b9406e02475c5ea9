package org.careflow.patient.directory;

import java.util.ArrayList;
import java.util.List;

import org.careflow.patient.care.CareRelations;
import org.careflow.patient.domain.Patient;
import org.careflow.platform.web.PageParams;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Finds patients in the {@code patients} collection, sorted by last then first name (as
 * keys: any case) and id, a page at a time. Each filter has an index; a doctor's search
 * is narrowed to their care inside the database ({@link CareRelations}).
 */
@Repository
class PatientDirectory implements InitializingBean {

	static final String FIRST_NAME_KEY = "firstNameKey";

	static final String LAST_NAME_KEY = "lastNameKey";

	private static final Sort ORDER = Sort.by(Direction.ASC, LAST_NAME_KEY, FIRST_NAME_KEY, "_id");

	private final MongoTemplate mongo;

	private final CareRelations care;

	PatientDirectory(MongoTemplate mongo, CareRelations care) {
		this.mongo = mongo;
		this.care = care;
	}

	@Override
	public void afterPropertiesSet() {
		var indexes = this.mongo.indexOps(Patient.class);
		// a last-name prefix and the directory's order
		indexes.createIndex(new Index().on(LAST_NAME_KEY, Direction.ASC)
			.on(FIRST_NAME_KEY, Direction.ASC)
			.on("_id", Direction.ASC)
			.named("by_name"));
		indexes.createIndex(new Index().on(FIRST_NAME_KEY, Direction.ASC).named("by_first_name"));
		indexes.createIndex(new Index().on("birthDate", Direction.ASC).named("by_birth_date"));
		indexes.createIndex(new Index().on("departmentId", Direction.ASC)
			.on(LAST_NAME_KEY, Direction.ASC)
			.on(FIRST_NAME_KEY, Direction.ASC)
			.named("by_department"));
	}

	/**
	 * @param doctorId whose care the search is limited to, or null for the whole clinic
	 * @return up to {@link PageParams#fetchSize()} patients: the page and possibly the
	 * first of the next
	 */
	List<Patient> find(DirectoryQuery query, String doctorId, PageParams paging) {
		Criteria criteria = criteriaOf(query);
		if (doctorId == null) {
			return this.mongo.find(new Query(criteria).with(ORDER).skip(paging.offset()).limit(paging.fetchSize()),
					Patient.class);
		}
		List<AggregationOperation> stages = new ArrayList<>();
		stages.add(Aggregation.match(criteria));
		stages.add(Aggregation.sort(ORDER));
		stages.addAll(this.care.keepPatientsInCareOf(doctorId));
		stages.add(Aggregation.skip(paging.offset()));
		stages.add(Aggregation.limit(paging.fetchSize()));
		// typed: the birth date is converted as the store writes it
		return this.mongo.aggregate(Aggregation.newAggregation(Patient.class, stages), Patient.class)
			.getMappedResults();
	}

	private static Criteria criteriaOf(DirectoryQuery query) {
		List<Criteria> all = new ArrayList<>();
		if (query.namePrefix() != null) {
			String pattern = query.namePattern();
			all.add(new Criteria().orOperator(Criteria.where(FIRST_NAME_KEY).regex(pattern),
					Criteria.where(LAST_NAME_KEY).regex(pattern)));
		}
		if (query.birthDate() != null) {
			all.add(Criteria.where("birthDate").is(query.birthDate()));
		}
		if (query.departmentId() != null) {
			all.add(Criteria.where("departmentId").is(query.departmentId()));
		}
		return new Criteria().andOperator(all);
	}

}
