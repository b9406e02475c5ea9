package org.careflow.platform.outbox;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.UpdateDefinition;

import org.careflow.events.CareFlowEvent;

/**
 * The test database as the relay sees it, with a writer appending an event to one
 * document right after the relay's first removal of published events from it, before the
 * relay gives the document back.
 */
class AppendingAfterRemoval extends MongoTemplate {

	private final OutboxDatabase database;

	private final String id;

	private final CareFlowEvent appended;

	private boolean happened;

	AppendingAfterRemoval(OutboxDatabase database, String id, CareFlowEvent appended) {
		super(database.mongo.getMongoDatabaseFactory(), database.mongo.getConverter());
		this.database = database;
		this.id = id;
		this.appended = appended;
	}

	@Override
	public <T> T findAndModify(Query query, UpdateDefinition update, FindAndModifyOptions options, Class<T> entityClass,
			String collectionName) {
		T result = super.findAndModify(query, update, options, entityClass, collectionName);
		if (!this.happened && update.getUpdateObject().containsKey("$pull")) {
			this.happened = true;
			this.database.append(this.id, this.appended);
		}
		return result;
	}

}
