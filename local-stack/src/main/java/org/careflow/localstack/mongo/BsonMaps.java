package org.careflow.localstack.mongo;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/** Opens the maps of the MongoDB-protocol server's store with BSON keys and values. */
final class BsonMaps {

	private BsonMaps() {
	}

	static <K, V> MVMap<K, V> open(MVStore store, String name) {
		return store.openMap(name,
				new MVMap.Builder<K, V>().keyType(BsonValueType.INSTANCE).valueType(BsonValueType.INSTANCE));
	}

}
