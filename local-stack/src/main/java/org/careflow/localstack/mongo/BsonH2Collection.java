package org.careflow.localstack.mongo;

import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * A collection whose stored documents are never changed in place: every document read out
 * of the map is a copy.
 * <p>
 * mongo-java-server updates a document by changing the very instance it read, then puts
 * it back. In an H2 map that instance is also in a page that the store's background
 * writer may be encoding at that moment, and a document changing under the encoder breaks
 * the store for good ({@code ConcurrentModificationException} in the writer, seen under
 * bookings). With copies, the instance in a page only ever gets replaced, never changed.
 * Scans copy only the documents that match; documents handed to the wire encoder are
 * copies too, so a later update cannot change an answer while it is being sent.
 */
final class BsonH2Collection extends H2Collection {

	private final MVMap<Object, Document> documents;

	BsonH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
			MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursorRegistry) {
		super(database, collectionName, options, documents, meta, cursorRegistry);
		this.documents = documents;
	}

	@Override
	protected Document getDocument(Object position) {
		Document stored = super.getDocument(position);
		return (stored != null) ? stored.cloneDeeply() : null;
	}

	@Override
	protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
			Document fieldSelector) {
		Stream<Document> stored = isNaturalDescending(orderBy) ? streamAllDocumentsWithPosition()
			.sorted((first, second) -> ValueComparator.desc().compare(first.getPosition(), second.getPosition()))
			.map(DocumentWithPosition::getDocument) : this.documents.values().stream();
		// matched before copying, so a scan copies only what it returns (the engine then
		// matches those copies once more: cheap next to copying every scanned document)
		Stream<Document> matching = stored.filter((document) -> documentMatchesQuery(document, query))
			.map(Document::cloneDeeply);
		return matchDocumentsFromStream(matching, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
	}

}
