package org.careflow.localstack.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the H2 file of the MongoDB-protocol server and knows its format.
 * <p>
 * A file is in BSON format when its {@value #FORMAT_MAP} map says so. A file with
 * documents and no such mark was written by mongo-java-server's own H2 backend
 * (Java-serialized maps, the local stack's format before): it is converted once, map by
 * map, into a new file that then replaces it atomically; the old file is kept beside it
 * as {@code <name>.java-serialized}. A crash during the conversion leaves the old file in
 * place, and the next start converts again.
 */
final class StoreFile {

	private static final Logger log = LoggerFactory.getLogger(StoreFile.class);

	/**
	 * {@code $} cannot appear in a MongoDB database name, so no database owns this map.
	 */
	static final String FORMAT_MAP = "$careflow.format";

	private static final String ENCODING = "encoding";

	static final String BSON = "bson-1";

	private StoreFile() {
	}

	static MVStore open(Path file) {
		MVStore store = MVStore.open(file.toString());
		if (isBson(store)) {
			return store;
		}
		if (!holdsDocuments(store)) {
			markBson(store);
			return store;
		}
		store.close();
		convert(file);
		return MVStore.open(file.toString());
	}

	private static boolean isBson(MVStore store) {
		return store.hasMap(FORMAT_MAP) && BSON.equals(formatMap(store).get(ENCODING));
	}

	private static boolean holdsDocuments(MVStore store) {
		return store.getMapNames().stream().anyMatch((name) -> name.startsWith(BsonH2Database.DOCUMENTS_PREFIX));
	}

	private static void markBson(MVStore store) {
		formatMap(store).put(ENCODING, BSON);
		store.commit();
	}

	private static MVMap<String, String> formatMap(MVStore store) {
		return store.openMap(FORMAT_MAP);
	}

	private static void convert(Path file) {
		Path converted = file.resolveSibling(file.getFileName() + ".converting");
		Path backup = file.resolveSibling(file.getFileName() + ".java-serialized");
		log.info("Converting {} to the BSON format (the old file is kept as {})", file, backup.getFileName());
		long started = System.nanoTime();
		long entries = 0;
		try {
			Files.deleteIfExists(converted);
			try (MVStore from = MVStore.open(file.toString()); MVStore to = MVStore.open(converted.toString())) {
				for (String name : from.getMapNames()) {
					MVMap<Object, Object> source = from.openMap(name);
					MVMap<Object, Object> target = BsonMaps.open(to, name);
					for (Map.Entry<Object, Object> entry : source.entrySet()) {
						target.put(entry.getKey(), entry.getValue());
						entries++;
					}
				}
				markBson(to);
			}
			Files.copy(file, backup, StandardCopyOption.REPLACE_EXISTING);
			Files.move(converted, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not convert " + file, ex);
		}
		log.info("Converted {} entries in {} ms", entries, (System.nanoTime() - started) / 1_000_000);
	}

}
