package org.careflow.localstack.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store's background writer encodes the document instances in the map's pages while
 * requests go on; so no request may change such an instance, only replace it.
 */
class BsonH2CollectionTest {

	private final MVStore store = MVStore.open(null);

	private MongoServer server;

	private MongoClient client;

	private MongoCollection<Document> appointments;

	private MVMap<Object, de.bwaldvogel.mongo.bson.Document> stored;

	@BeforeEach
	void start() {
		this.server = new MongoServer(new BsonH2Backend(this.store));
		this.server.bind("127.0.0.1", 0);
		this.client = MongoClients.create("mongodb://127.0.0.1:" + this.server.getLocalAddress().getPort());
		this.appointments = this.client.getDatabase("careflow-appointments").getCollection("appointments");
		this.appointments.insertOne(new Document("_id", "a-1").append("status", "BOOKED"));
		this.stored = BsonMaps.open(this.store, "databases.careflow-appointments.appointments");
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void anUpdateReplacesTheStoredDocumentInsteadOfChangingIt() {
		de.bwaldvogel.mongo.bson.Document before = this.stored.get("a-1");

		this.appointments.updateOne(new Document("_id", "a-1"),
				new Document("$set", new Document("status", "CANCELLED").append("cancelledBy", "p-1")));

		assertThat(before).containsEntry("status", "BOOKED").doesNotContainKey("cancelledBy");
		assertThat(this.stored.get("a-1")).containsEntry("status", "CANCELLED").containsEntry("cancelledBy", "p-1");
	}

	@Test
	void anUpdateFoundByAScanReplacesTheStoredDocumentToo() {
		de.bwaldvogel.mongo.bson.Document before = this.stored.get("a-1");

		this.appointments.updateMany(new Document("status", "BOOKED"),
				new Document("$unset", new Document("status", "")));

		assertThat(before).containsEntry("status", "BOOKED");
		assertThat(this.stored.get("a-1")).doesNotContainKey("status");
	}

	@Test
	void findAndModifyReplacesTheStoredDocumentToo() {
		de.bwaldvogel.mongo.bson.Document before = this.stored.get("a-1");

		this.appointments.findOneAndUpdate(new Document("_id", "a-1"),
				new Document("$set", new Document("version", 2)));

		assertThat(before).doesNotContainKey("version");
		assertThat(this.stored.get("a-1")).containsEntry("version", 2);
	}

}
