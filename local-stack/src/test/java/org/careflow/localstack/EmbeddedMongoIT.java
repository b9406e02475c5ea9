package org.careflow.localstack;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

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

}
