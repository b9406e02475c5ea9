package org.careflow.doctor.departments;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.careflow.events.DepartmentRemoved;
import org.careflow.events.Topics;
import org.careflow.platform.outbox.Outbox;
import org.careflow.platform.outbox.PendingEvent;
import org.careflow.platform.outbox.PendingEvents;
import org.careflow.platform.web.PageParams;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
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
 * based on, so a concurrent change makes it fail instead of being overwritten. Every
 * write that adds, changes or removes a department carries its {@code department.saved}
 * or {@code department.removed} event for the outbox relay in the same write. A removed
 * department is a tombstone until its event is out: every read here leaves tombstones
 * out.
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

	private final ObjectProvider<Outbox> outbox;

	Departments(MongoTemplate mongo, ObjectProvider<Outbox> outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
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
		return Optional.ofNullable(this.mongo.findOne(byId(id), DepartmentDocument.class))
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
		Query query = new Query(notRemoved()).with(BY_NAME).skip(paging.offset()).limit(paging.fetchSize());
		query.fields().exclude(DepartmentDocument.ROOMS);
		return this.mongo.find(query, DepartmentDocument.class).stream().map(DepartmentSummary::of).toList();
	}

	/**
	 * @throws DepartmentNameTakenException if another department has the name
	 */
	void insert(Department department) {
		requireNameFree(department);
		try {
			// the outbox's save callback marks the document and nudges the relay
			this.mongo.insert(DepartmentDocument.from(department, List.of(saved(department))));
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
			Update update = PendingEvents.append(contentOf(next), List.of(saved(next)));
			stored = this.mongo.updateFirst(atVersion(next.id(), readVersion), update, DepartmentDocument.class)
				.getMatchedCount() == 1;
		}
		catch (DuplicateKeyException raced) {
			throw new DepartmentNameTakenException(next.content().name());
		}
		if (stored) {
			this.outbox.ifAvailable(Outbox::nudge);
		}
		else {
			Department current = find(next.id()).orElseThrow(() -> new DepartmentNotFoundException(next.id()));
			throw new StaleDepartmentException(next.id(), current.version());
		}
	}

	/**
	 * Removes the department, announcing it with {@code department.removed}.
	 * <p>
	 * A deleted document cannot carry its event, and MongoDB-protocol stores here have no
	 * multi-document transactions: deleting the department and storing the event anywhere
	 * else would be two writes, and a crash between them would lose the event (copies
	 * would keep the department for ever) or announce a removal that never happened. So
	 * the department becomes a tombstone in one write: {@code removedAt} set, the event
	 * appended, and its name key replaced by one no live department can have (names are
	 * stripped, so none starts with a space), which frees the name at once. Every read
	 * leaves tombstones out. Once the relay has published the event (it removes the
	 * outbox marker only then), nothing refers to the tombstone any more: the next
	 * removal deletes it.
	 * @return whether it was there
	 */
	boolean remove(String id) {
		deletePublishedTombstones();
		Update tombstone = new Update().set(DepartmentDocument.REMOVED_AT, Instant.now())
			.set(DepartmentDocument.NAME_KEY, " removed " + id);
		PendingEvents.append(tombstone, List.of(PendingEvent.of(Topics.DEPARTMENTS, DepartmentRemoved.of(id))));
		boolean removed = this.mongo.updateFirst(byId(id), tombstone, DepartmentDocument.class).getMatchedCount() == 1;
		if (removed) {
			this.outbox.ifAvailable(Outbox::nudge);
		}
		return removed;
	}

	/**
	 * Tombstones whose event is out. Removals are rare and departments few, so this scan
	 * needs no index of its own.
	 */
	private void deletePublishedTombstones() {
		this.mongo.remove(new Query(
				Criteria.where(DepartmentDocument.REMOVED_AT).exists(true).and(PendingEvents.MARKER).exists(false)),
				DepartmentDocument.class);
	}

	private static PendingEvent saved(Department department) {
		return PendingEvent.of(Topics.DEPARTMENTS, department.saved());
	}

	private void requireNameFree(Department department) {
		Query sameName = new Query(Criteria.where(DepartmentDocument.NAME_KEY)
			.is(department.content().nameKey())
			.and("_id")
			.ne(department.id())
			.and(DepartmentDocument.REMOVED_AT)
			.exists(false));
		if (this.mongo.exists(sameName, DepartmentDocument.class)) {
			throw new DepartmentNameTakenException(department.content().name());
		}
	}

	private Update contentOf(Department department) {
		org.bson.Document content = new org.bson.Document();
		this.mongo.getConverter().write(DepartmentDocument.from(department, List.of()), content);
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

	/** The department, unless it is a tombstone. */
	private static Query byId(String id) {
		return new Query(Criteria.where("_id").is(id).and(DepartmentDocument.REMOVED_AT).exists(false));
	}

	private static Query atVersion(String id, long version) {
		return new Query(Criteria.where("_id")
			.is(id)
			.and(DepartmentDocument.VERSION)
			.is(version)
			.and(DepartmentDocument.REMOVED_AT)
			.exists(false));
	}

	private static Criteria notRemoved() {
		return Criteria.where(DepartmentDocument.REMOVED_AT).exists(false);
	}

}
