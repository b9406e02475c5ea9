package org.careflow.platform.outbox;

import java.util.List;
import java.util.UUID;

import org.springframework.data.mongodb.core.query.Update;

/**
 * How a document holds events for the relay: the events in {@code pendingEvents}, and a
 * marker in {@code outboxPending} that the relay finds them by.
 * <p>
 * The marker's value is a fresh random stamp on every write that adds events (and on
 * every claim by a relay). Fresh, because mongo-java-server uses an index only if it is
 * unique (a shared value such as {@code true} would be found by scanning every document);
 * a unique sparse index holds just the documents with events waiting. And it serves the
 * relay as a version: it removes the marker only with a compare-and-set on the stamp it
 * read, so an event appended meanwhile (which changed the stamp) is never left unmarked.
 * <p>
 * Documents inserted or saved through Spring Data get the marker by themselves (a save
 * callback of this package). An update that appends events builds them with
 * {@link #append} and then calls {@link Outbox#nudge()}.
 */
public final class PendingEvents {

	/** The list of events waiting inside a document. */
	public static final String FIELD = "pendingEvents";

	/** Present, with a unique stamp, while a document has events waiting. */
	public static final String MARKER = "outboxPending";

	private PendingEvents() {
	}

	/**
	 * Adds to {@code update} the appending of {@code events} and a new marker, in the
	 * same single-document write.
	 */
	public static Update append(Update update, List<PendingEvent> events) {
		if (events.isEmpty()) {
			return update;
		}
		return update.push(FIELD).each(events.toArray()).set(MARKER, newMarker());
	}

	static String newMarker() {
		return UUID.randomUUID().toString();
	}

}
