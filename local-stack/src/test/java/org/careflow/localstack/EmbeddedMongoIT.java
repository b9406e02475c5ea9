package org.careflow.localstack;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EmbeddedMongoIT {

	@TempDir
	Path dir;

	@Test
	void persistentServerKeepsDocumentsAcrossARestart() {
		Path file = this.dir.resolve("mongodb/careflow.mv");
		try (EmbeddedMongo mongo = EmbeddedMongo.persistent(0, file); MongoClient client = client(mongo)) {
			patients(client).insertOne(new Document("_id", "p-1").append("name", "Jane Doe"));
		}

		try (EmbeddedMongo mongo = EmbeddedMongo.persistent(0, file); MongoClient client = client(mongo)) {
			assertThat(patients(client).find(new Document("_id", "p-1")).first()).containsEntry("name", "Jane Doe");
		}
	}

	@Test
	void uniqueIndexesStillRefuseDuplicatesAfterARestart() {
		Path file = this.dir.resolve("mongodb/careflow.mv");
		try (EmbeddedMongo mongo = EmbeddedMongo.persistent(0, file); MongoClient client = client(mongo)) {
			withUniqueSlot(slots(client)).insertOne(slot("a-1", "d-1", "09:00"));
		}

		try (EmbeddedMongo mongo = EmbeddedMongo.persistent(0, file); MongoClient client = client(mongo)) {
			MongoCollection<Document> slots = withUniqueSlot(slots(client));
			assertThatExceptionOfType(MongoWriteException.class)
				.isThrownBy(() -> slots.insertOne(slot("a-2", "d-1", "09:00")))
				.withMessageContaining("duplicate key");
			slots.insertOne(slot("a-3", "d-1", "09:15"));
			assertThat(slots.find(new Document("doctor", "d-1").append("start", "09:15")).first()).containsEntry("_id",
					"a-3");
		}
	}

	@Test
	void aFileWrittenByTheStockH2BackendIsConvertedOnceAndKeepsEverything() {
		Path file = this.dir.resolve("mongodb/careflow.mv");
		file.getParent().toFile().mkdirs();
		MongoServer stock = new MongoServer(new H2Backend(file.toString()));
		stock.bind("127.0.0.1", 0);
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + stock.getLocalAddress().getPort())) {
			MongoCollection<Document> slots = withUniqueSlot(slots(client));
			for (int i = 0; i < 50; i++) {
				slots.insertOne(slot("a-" + i, "d-" + (i % 5), "09:" + i));
			}
			// what the services store besides strings: dates, numbers, nested documents,
			// arrays, generated ids, and a sparse unique index (the outbox marker's kind)
			MongoCollection<Document> audit = client.getDatabase("careflow-audit").getCollection("entries");
			audit.createIndex(Indexes.ascending("marker"), new IndexOptions().unique(true).sparse(true));
			audit.insertOne(new Document("at", new Date(1_700_000_000_000L)).append("version", 3L)
				.append("fee", 12.5)
				.append("actor", new Document("id", "p-1").append("roles", List.of("patient")))
				.append("marker", "m-1"));
			audit.insertOne(new Document("at", new Date(1_700_000_000_001L)));
		}
		finally {
			stock.shutdownNow();
		}

		for (int start = 0; start < 2; start++) {
			try (EmbeddedMongo mongo = EmbeddedMongo.persistent(0, file); MongoClient client = client(mongo)) {
				MongoCollection<Document> slots = slots(client);
				assertThat(slots.countDocuments()).isEqualTo(50);
				assertThat(slots.find(new Document("_id", "a-7")).first()).containsEntry("doctor", "d-2");
				assertThatExceptionOfType(MongoWriteException.class)
					.isThrownBy(() -> slots.insertOne(slot("copy", "d-2", "09:7")))
					.withMessageContaining("duplicate key");

				MongoCollection<Document> audit = client.getDatabase("careflow-audit").getCollection("entries");
				Document entry = audit.find(new Document("marker", "m-1")).first();
				assertThat(entry).isNotNull();
				assertThat(entry.getObjectId("_id")).isNotNull();
				assertThat(entry.getDate("at")).isEqualTo(new Date(1_700_000_000_000L));
				assertThat(entry.getLong("version")).isEqualTo(3L);
				assertThat(entry.get("actor", Document.class).getList("roles", String.class))
					.containsExactly("patient");
				assertThat(audit.countDocuments()).isEqualTo(2 + start);
				// the sparse unique index still refuses a second m-1, and still allows
				// many without one
				assertThatExceptionOfType(MongoWriteException.class)
					.isThrownBy(() -> audit.insertOne(new Document("marker", "m-1")));
				audit.insertOne(new Document("at", new Date()));
			}
		}
		assertThat(file.resolveSibling("careflow.mv.java-serialized")).exists();
	}

	private static MongoCollection<Document> withUniqueSlot(MongoCollection<Document> collection) {
		collection.createIndex(Indexes.ascending("doctor", "start"), new IndexOptions().unique(true));
		return collection;
	}

	private static Document slot(String id, String doctor, String start) {
		return new Document("_id", id).append("doctor", doctor).append("start", start);
	}

	@Test
	void inMemoryServerStartsEmptyEveryTime() {
		try (EmbeddedMongo mongo = EmbeddedMongo.inMemory(0); MongoClient client = client(mongo)) {
			patients(client).insertOne(new Document("_id", "p-1"));
		}

		try (EmbeddedMongo mongo = EmbeddedMongo.inMemory(0); MongoClient client = client(mongo)) {
			assertThat(mongo.connectionString()).startsWith("mongodb://127.0.0.1:");
			assertThat(patients(client).countDocuments()).isZero();
		}
	}

	private static MongoClient client(EmbeddedMongo mongo) {
		return MongoClients.create(mongo.connectionString());
	}

	private static MongoCollection<Document> patients(MongoClient client) {
		return client.getDatabase("careflow-patients").getCollection("patients");
	}

	private static MongoCollection<Document> slots(MongoClient client) {
		return client.getDatabase("careflow-scheduling").getCollection("slot_claims");
	}

}
