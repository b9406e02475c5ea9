package org.careflow.localstack.mongo;

import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.backend.Utils;
import org.h2.mvstore.MVStore;

/**
 * The MongoDB-protocol server's backend for the local stack: mongo-java-server's query
 * engine over an H2 file whose keys and values are BSON ({@link BsonValueType}).
 */
public final class BsonH2Backend extends AbstractMongoBackend {

	private final MVStore store;

	BsonH2Backend(MVStore store) {
		this.store = store;
		this.store.getMapNames()
			.stream()
			.filter((name) -> name.startsWith(BsonH2Database.DOCUMENTS_PREFIX))
			.map((name) -> Utils.firstFragment(name.substring(BsonH2Database.DOCUMENTS_PREFIX.length())))
			.distinct()
			.forEach(this::resolveDatabase);
	}

	/**
	 * A backend over the given file, created if absent; a file written by
	 * mongo-java-server's own H2 backend is converted first (see {@link StoreFile}).
	 */
	public static MongoBackend open(Path file) {
		return new BsonH2Backend(StoreFile.open(file));
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		return new BsonH2Database(databaseName, this.store, getCursorRegistry());
	}

	@Override
	public void close() {
		super.close();
		// commits what the background writer has not written yet
		this.store.close();
	}

}
