package org.careflow.doctor.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.careflow.doctor.departments.MemberGroup;
import org.careflow.platform.web.PageParams;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The staff records in MongoDB. */
@Component
class StaffStore implements InitializingBean {

	/** By last name, then first name; the id keeps pages stable among namesakes. */
	private static final Sort BY_NAME = Sort.by("lastName", "firstName", "_id");

	/** As many as a department's 409 names of each kind. */
	private static final int MAX_LISTED = 20;

	private final MongoTemplate mongo;

	StaffStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * One record per email, even if two admins race; the list's three filters (role,
	 * department, both or neither) each have an index that also gives the name order.
	 * Created before the web server accepts requests.
	 */
	@Override
	public void afterPropertiesSet() {
		var indexes = this.mongo.indexOps(StaffDocument.class);
		indexes.createIndex(new Index("email", Sort.Direction.ASC).unique().named("unique_email"));
		indexes.createIndex(byName(new Index("role", Sort.Direction.ASC).on("departmentId", Sort.Direction.ASC))
			.named("role_department_name"));
		indexes.createIndex(byName(new Index("departmentId", Sort.Direction.ASC)).named("department_name"));
		indexes.createIndex(byName(new Index("role", Sort.Direction.ASC)).named("role_name"));
		indexes.createIndex(byName(new Index()).named("name"));
	}

	private static Index byName(Index index) {
		return index.on("lastName", Sort.Direction.ASC)
			.on("firstName", Sort.Direction.ASC)
			.on("_id", Sort.Direction.ASC);
	}

	StaffMember insert(StaffMember member) {
		this.mongo.insert(StaffDocument.from(member));
		return member;
	}

	Optional<StaffMember> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, StaffDocument.class)).map(StaffDocument::toMember);
	}

	boolean existsByEmail(String email) {
		return this.mongo.exists(new Query(Criteria.where("email").is(email)), StaffDocument.class);
	}

	/**
	 * The department's active staff (some, by id, and how many), if it has any: the
	 * department index, then the few records of one department.
	 */
	Optional<MemberGroup> activeIn(String departmentId) {
		Criteria active = Criteria.where("departmentId").is(departmentId).and("active").is(true);
		long count = this.mongo.count(new Query(active), StaffDocument.class);
		if (count == 0) {
			return Optional.empty();
		}
		Query some = new Query(active).with(Sort.by("_id")).limit(MAX_LISTED);
		some.fields().include("_id");
		// the ids alone, as documents: a record would need every field the projection
		// leaves out
		List<String> ids = this.mongo.find(some, Document.class, StaffDocument.COLLECTION)
			.stream()
			.map((found) -> found.getString("_id"))
			.toList();
		return Optional.of(new MemberGroup("staff", ids, count));
	}

	/**
	 * One page by name, optionally of one role and/or department; one more than the page
	 * holds, for {@code Pages}.
	 */
	List<StaffMember> page(StaffRole role, String departmentId, PageParams paging) {
		Query query = new Query();
		if (role != null) {
			query.addCriteria(Criteria.where("role").is(role.realmRole()));
		}
		if (departmentId != null) {
			query.addCriteria(Criteria.where("departmentId").is(departmentId));
		}
		query.with(BY_NAME).skip(paging.offset()).limit(paging.fetchSize());
		return this.mongo.find(query, StaffDocument.class).stream().map(StaffDocument::toMember).toList();
	}

	/** A targeted update: the rest of the record is never written back stale. */
	void markInactive(String id, Instant at) {
		this.mongo.updateFirst(new Query(Criteria.where("_id").is(id).and("active").is(true)),
				new Update().set("active", false).set("deactivatedAt", at), StaffDocument.class);
	}

	/** Undoes {@link #insert} when the rest of an enrolment failed. */
	void delete(String id) {
		this.mongo.remove(new Query(Criteria.where("_id").is(id)), StaffDocument.class);
	}

}
