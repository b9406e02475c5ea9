package org.careflow.patient.export;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A patient's documents in one of this service's collections, as stored (so nothing held
 * is left out, entries marked entered-in-error included), in plain JSON values: dates as
 * ISO-8601 instants. The relay's bookkeeping (pending events, the outbox marker) and the
 * mapping's type hints are not the patient's data and are left out.
 */
@Component
class StoredDocuments {

	private static final Set<String> BOOKKEEPING = Set.of("pendingEvents", "outboxPending", "_class");

	private final MongoTemplate mongo;

	StoredDocuments(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Up to {@code limit} documents of the patient (the {@code patientId} index). */
	List<Map<String, Object>> of(String collection, String patientId, int limit) {
		Query query = new Query(Criteria.where("patientId").is(patientId)).limit(limit);
		return this.mongo.find(query, Document.class, collection).stream().map(StoredDocuments::plain).toList();
	}

	static Map<String, Object> plain(Document document) {
		Map<String, Object> plain = new LinkedHashMap<>();
		document.forEach((field, value) -> {
			if (!BOOKKEEPING.contains(field)) {
				plain.put(field.equals("_id") ? "id" : field, plainValue(value));
			}
		});
		return plain;
	}

	private static Object plainValue(Object value) {
		if (value instanceof Document nested) {
			return plain(nested);
		}
		if (value instanceof List<?> list) {
			List<Object> plain = new ArrayList<>(list.size());
			list.forEach((item) -> plain.add(plainValue(item)));
			return plain;
		}
		if (value instanceof Date date) {
			return date.toInstant().toString();
		}
		if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
			return value;
		}
		return value.toString();
	}

}
