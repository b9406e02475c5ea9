package org.careflow.platform.health;

import com.mongodb.client.MongoClient;
import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * MongoDB health by {@code ping}, which every MongoDB-protocol server answers. Boot's own
 * indicator sends {@code hello}, which mongo-java-server does not know, so the service
 * would report DOWN on the local stack although its database works.
 */
class MongoPingHealthIndicator extends AbstractHealthIndicator {

	private final MongoClient mongo;

	MongoPingHealthIndicator(MongoClient mongo) {
		this.mongo = mongo;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Document answer = this.mongo.getDatabase("admin").runCommand(new Document("ping", 1));
		builder.up().withDetail("ping", answer.get("ok"));
	}

}
