package org.careflow.patient.export;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.careflow.patient.chart.ChartArea;
import org.careflow.patient.chart.EntrySealing;
import org.careflow.patient.crypto.UnreadableRecordException;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A patient's documents in one of this service's collections, as stored (so nothing held
 * is left out, entries marked entered-in-error included), in plain JSON values: dates as
 * ISO-8601 instants, sealed chart fields opened. The relay's bookkeeping (pending events,
 * the outbox marker), the mapping's type hints and the sealing key's id are not the
 * patient's data and are left out. A chart entry whose sealed fields fail their integrity
 * check is neither hidden nor shown in part: it is listed as {@code {id, unreadable:
 * true}}.
 */
@Component
class StoredDocuments {

	private static final Set<String> BOOKKEEPING = Set.of("pendingEvents", "outboxPending", "_class", "sealedWith");

	private final MongoTemplate mongo;

	private final EntrySealing sealing;

	StoredDocuments(MongoTemplate mongo, EntrySealing sealing) {
		this.mongo = mongo;
		this.sealing = sealing;
	}

	/** Up to {@code limit} documents of the patient (the {@code patientId} index). */
	List<Map<String, Object>> of(String collection, String patientId, int limit) {
		Query query = new Query(Criteria.where("patientId").is(patientId)).limit(limit);
		List<Document> found = this.mongo.find(query, Document.class, collection);
		return ChartArea.ofCollection(collection)
			.map((area) -> found.stream().map((document) -> opened(area, document)).toList())
			.orElseGet(() -> found.stream().map(StoredDocuments::plain).toList());
	}

	private Map<String, Object> opened(ChartArea area, Document document) {
		try {
			this.sealing.open(area, document);
			return plain(document);
		}
		catch (UnreadableRecordException ex) {
			// the sealing logged the integrity error with the id
			Map<String, Object> unreadable = new LinkedHashMap<>();
			unreadable.put("id", String.valueOf(document.get("_id")));
			unreadable.put("unreadable", true);
			return unreadable;
		}
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
