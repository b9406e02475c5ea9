package org.careflow.platform.audit;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.careflow.platform.security.Caller;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The audit trail of the service that owns the data (HIPAA §164.312(b)): every read or
 * change of a patient's data, kept in the service's own database. Append-only: there is
 * no way here to change or remove an entry.
 */
public class AuditTrail {

	/** The role shown for a caller with several, the most powerful first. */
	private static final List<String> ROLE_PRECEDENCE = List.of("admin", "doctor", "nurse", "pharmacist", "patient",
			"service");

	private final MongoTemplate mongo;

	private final AuditWriter writer;

	private final Clock clock;

	private final Supplier<String> traceId;

	private final String service;

	AuditTrail(MongoTemplate mongo, AuditWriter writer, Clock clock, Supplier<String> traceId, String service) {
		this.mongo = mongo;
		this.writer = writer;
		this.clock = clock;
		this.traceId = traceId;
		this.service = service;
	}

	void createIndexes() {
		var indexes = this.mongo.indexOps(AuditDocument.class);
		indexes.createIndex(new Index().on("patientId", Direction.ASC).on("at", Direction.DESC).named("by_patient"));
		indexes.createIndex(new Index().on("at", Direction.DESC).named("by_time"));
	}

	/**
	 * Records one access. The entry is written within milliseconds, in a batch (see
	 * {@link AuditWriter}); a caller reading the trail right after may not see it yet.
	 * @param patientId whose data it is (null only when not known, e.g. a miss)
	 */
	public void record(Caller caller, String action, String resourceType, String resourceId, String patientId,
			AuditOutcome outcome) {
		AuditEntry entry = new AuditEntry(UUID.randomUUID().toString(), this.clock.instant(), caller.id(),
				roleOf(caller.roles()), action, resourceType, resourceId, patientId, outcome, this.traceId.get(),
				this.service);
		this.writer.write(AuditDocument.of(entry));
	}

	/** The entries matching {@code query}, newest first. */
	public List<AuditEntry> find(AuditQuery query) {
		Criteria criteria = Criteria.where("at").gte(query.from()).lt(query.to());
		if (query.patientId() != null) {
			criteria = criteria.and("patientId").is(query.patientId());
		}
		Query mongoQuery = new Query(criteria).with(Sort.by(Direction.DESC, "at")).limit(query.limit());
		return this.mongo.find(mongoQuery, AuditDocument.class).stream().map(AuditDocument::toEntry).toList();
	}

	static String roleOf(Set<String> roles) {
		return ROLE_PRECEDENCE.stream().filter(roles::contains).findFirst().orElse("none");
	}

}
