package org.careflow.platform.outbox;

import java.util.List;
import java.util.Set;

import org.bson.Document;

import org.springframework.data.mongodb.core.mapping.event.AfterSaveCallback;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveCallback;

/**
 * Marks every document that Spring Data inserts or saves with pending events into an
 * outbox collection (so repositories and {@code MongoTemplate.insert} need nothing of the
 * outbox), and nudges the relay once the write succeeded.
 */
class PendingEventsCallback implements BeforeSaveCallback<Object>, AfterSaveCallback<Object> {

	private final Set<String> collections;

	private final Runnable nudge;

	PendingEventsCallback(OutboxCollections collections, Runnable nudge) {
		this.collections = Set.copyOf(collections.names());
		this.nudge = nudge;
	}

	@Override
	public Object onBeforeSave(Object entity, Document document, String collection) {
		if (this.collections.contains(collection) && hasPendingEvents(document)) {
			document.put(PendingEvents.MARKER, PendingEvents.newMarker());
		}
		return entity;
	}

	@Override
	public Object onAfterSave(Object entity, Document document, String collection) {
		if (this.collections.contains(collection) && document.containsKey(PendingEvents.MARKER)) {
			this.nudge.run();
		}
		return entity;
	}

	private static boolean hasPendingEvents(Document document) {
		return document.get(PendingEvents.FIELD) instanceof List<?> events && !events.isEmpty();
	}

}
