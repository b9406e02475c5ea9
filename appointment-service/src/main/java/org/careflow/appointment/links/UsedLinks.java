package org.careflow.appointment.links;

import java.time.Clock;

import org.bson.Document;
import org.careflow.platform.links.ActionLink;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Links already used, one document per link ({@code _id} = the link's id), so a link acts
 * once even when clicked twice at the same moment: marking is an insert, and only one
 * insert of an id succeeds. Every read and write is by {@code _id}.
 */
@Component
class UsedLinks {

	static final String COLLECTION = "used_links";

	private final MongoTemplate mongo;

	private final Clock clock;

	UsedLinks(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	boolean isUsed(ActionLink link) {
		return this.mongo.exists(byId(link), COLLECTION);
	}

	/**
	 * @return whether this call marked it (false: it was used already)
	 */
	boolean mark(ActionLink link) {
		Document used = new Document("_id", link.linkId()).append("action", link.action().code())
			.append("subjectId", link.subjectId())
			.append("usedAt", this.clock.instant())
			.append("expiresAt", link.expiresAt());
		try {
			this.mongo.insert(used, COLLECTION);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/** The action failed after all: the link may be tried again. */
	void unmark(ActionLink link) {
		this.mongo.remove(byId(link), COLLECTION);
	}

	private static Query byId(ActionLink link) {
		return Query.query(Criteria.where("_id").is(link.linkId()));
	}

}
