package org.careflow.localstack.mongo;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * One database of the MongoDB-protocol server in the H2 store. Map names are those of
 * mongo-java-server's own H2 backend ({@code databases.<db>.<collection>} for documents,
 * {@code meta.<db>.<collection>} for the size, {@code <db>.<collection>._index_<name>}
 * per unique index), so a file in its format converts map by map; only the map types
 * differ.
 */
final class BsonH2Database extends AbstractSynchronizedMongoDatabase<Object> {

	static final String DOCUMENTS_PREFIX = "databases.";

	private static final String META_PREFIX = "meta.";

	private final MVStore store;

	BsonH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
		super(databaseName, cursorRegistry);
		this.store = store;
		initializeNamespacesAndIndexes();
	}

	@Override
	protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
		String namespace = getFullCollectionNamespace(collectionName);
		MVMap<Object, Document> documents = BsonMaps.open(this.store, DOCUMENTS_PREFIX + namespace);
		MVMap<String, Object> meta = BsonMaps.open(this.store, META_PREFIX + namespace);
		return new BsonH2Collection(this, collectionName, options, documents, meta, this.cursorRegistry);
	}

	@Override
	protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
			boolean sparse) {
		MVMap<KeyValue, Object> positions = BsonMaps.open(this.store, indexMapName(collectionName, indexName));
		return new BsonH2UniqueIndex(positions, indexName, keys, sparse);
	}

	@Override
	protected void dropIndex(MongoCollection<Object> collection, String indexName) {
		super.dropIndex(collection, indexName);
		this.store.removeMap(indexMapName(collection.getCollectionName(), indexName));
	}

	@Override
	public void dropCollection(String collectionName, Oplog oplog) {
		super.dropCollection(collectionName, oplog);
		String namespace = getFullCollectionNamespace(collectionName);
		this.store.removeMap(DOCUMENTS_PREFIX + namespace);
		this.store.removeMap(META_PREFIX + namespace);
	}

	@Override
	public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
		super.moveCollection(oldDatabase, collection, newCollectionName);
		String from = collection.getFullName();
		String to = getFullCollectionNamespace(newCollectionName);
		this.store.renameMap(BsonMaps.open(this.store, DOCUMENTS_PREFIX + from), DOCUMENTS_PREFIX + to);
		this.store.renameMap(BsonMaps.open(this.store, META_PREFIX + from), META_PREFIX + to);
	}

	@Override
	public void drop(Oplog oplog) {
		super.drop(oplog);
		String ownPrefix = this.databaseName + ".";
		this.store.getMapNames()
			.stream()
			.filter((name) -> name.startsWith(ownPrefix) || name.startsWith(DOCUMENTS_PREFIX + ownPrefix)
					|| name.startsWith(META_PREFIX + ownPrefix))
			.toList()
			.forEach(this.store::removeMap);
	}

	private String indexMapName(String collectionName, String indexName) {
		return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
	}

	@Override
	protected long getStorageSize() {
		FileStore<?> file = this.store.getFileStore();
		return (file != null) ? file.size() : 0;
	}

	@Override
	protected long getFileSize() {
		return getStorageSize();
	}

}
