package org.careflow.doctor.departments;

import java.util.List;
import java.util.Optional;

import org.careflow.platform.web.PageParams;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The departments in MongoDB. A change is one conditional write on the version it was
 * based on, so a concurrent change makes it fail instead of being overwritten.
 */
@Component
class Departments implements InitializingBean {

	/**
	 * Fields a replacement writes; one it leaves empty (a description, say) is removed.
	 */
	private static final List<String> REPLACED = List.of("name", DepartmentDocument.NAME_KEY, "description", "location",
			DepartmentDocument.ROOMS, DepartmentDocument.VERSION, "updatedAt");

	private static final Sort BY_NAME = Sort.by(DepartmentDocument.NAME_KEY, "_id");

	private final MongoTemplate mongo;

	Departments(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Created before the web server accepts requests (auto index creation is deprecated).
	 */
	@Override
	public void afterPropertiesSet() {
		this.mongo.indexOps(DepartmentDocument.class)
			.createIndex(new Index(DepartmentDocument.NAME_KEY, Sort.Direction.ASC).unique().named("unique_name"));
	}

	Optional<Department> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, DepartmentDocument.class))
			.map(DepartmentDocument::toDepartment);
	}

	boolean exists(String id) {
		return this.mongo.exists(byId(id), DepartmentDocument.class);
	}

	/**
	 * One page by name, without rooms (a list of a hundred departments with all their
	 * beds would be large); one more than the page holds, for {@code Pages}.
	 */
	List<DepartmentSummary> page(PageParams paging) {
		Query query = new Query().with(BY_NAME).skip(paging.offset()).limit(paging.fetchSize());
		query.fields().exclude(DepartmentDocument.ROOMS);
		return this.mongo.find(query, DepartmentDocument.class).stream().map(DepartmentSummary::of).toList();
	}

	/**
	 * @throws DepartmentNameTakenException if another department has the name
	 */
	void insert(Department department) {
		requireNameFree(department);
		try {
			this.mongo.insert(DepartmentDocument.from(department));
		}
		catch (DuplicateKeyException raced) {
			throw new DepartmentNameTakenException(department.content().name());
		}
	}

	/**
	 * Stores {@code next} if the stored department is still at {@code readVersion}.
	 * @throws StaleDepartmentException if it changed meanwhile
	 * @throws DepartmentNotFoundException if it was removed meanwhile
	 * @throws DepartmentNameTakenException if another department has the new name
	 */
	void replace(Department next, long readVersion) {
		requireNameFree(next);
		boolean stored;
		try {
			stored = this.mongo
				.updateFirst(atVersion(next.id(), readVersion), contentOf(next), DepartmentDocument.class)
				.getMatchedCount() == 1;
		}
		catch (DuplicateKeyException raced) {
			throw new DepartmentNameTakenException(next.content().name());
		}
		if (!stored) {
			Department current = find(next.id()).orElseThrow(() -> new DepartmentNotFoundException(next.id()));
			throw new StaleDepartmentException(next.id(), current.version());
		}
	}

	/**
	 * @return whether it was there
	 */
	boolean delete(String id) {
		return this.mongo.remove(byId(id), DepartmentDocument.class).getDeletedCount() == 1;
	}

	private void requireNameFree(Department department) {
		Query sameName = new Query(Criteria.where(DepartmentDocument.NAME_KEY)
			.is(department.content().nameKey())
			.and("_id")
			.ne(department.id()));
		if (this.mongo.exists(sameName, DepartmentDocument.class)) {
			throw new DepartmentNameTakenException(department.content().name());
		}
	}

	private Update contentOf(Department department) {
		org.bson.Document content = new org.bson.Document();
		this.mongo.getConverter().write(DepartmentDocument.from(department), content);
		Update update = new Update();
		for (String field : REPLACED) {
			if (content.get(field) != null) {
				update.set(field, content.get(field));
			}
			else {
				update.unset(field);
			}
		}
		return update;
	}

	private static Query byId(String id) {
		return new Query(Criteria.where("_id").is(id));
	}

	private static Query atVersion(String id, long version) {
		return new Query(Criteria.where("_id").is(id).and(DepartmentDocument.VERSION).is(version));
	}

}
