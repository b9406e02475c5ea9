package org.careflow.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes the events waiting inside documents, in order per document, and removes them
 * only after the broker acknowledged them. If the broker is down, events simply wait in
 * their documents; nothing is lost. Delivery is at least once (a crash between the
 * acknowledgement and the removal sends an event again), which is why every consumer
 * deduplicates on the event id.
 * <p>
 * Work is found through the marker's unique sparse index (see {@link PendingEvents}), so
 * a pass costs the same over ten or a million documents without events. Before publishing
 * a document's events, the relay claims the document with a lease (owner and expiry in
 * {@code outboxLease}): another replica skips it until the lease is given back or has
 * expired, so replicas do not publish the same events, and one document's events are
 * published by one relay at a time, in order. Every conditional write is a
 * compare-and-set on the marker's stamp alone, the only kind of condition that
 * mongo-java-server answers from an index.
 */
public class OutboxRelay {

	static final String LEASE = "outboxLease";

	static final String INDEX = "outbox_pending";

	static final Duration LEASE_DURATION = Duration.ofSeconds(30);

	/**
	 * The longest one event may take to publish: the producer's wait for the broker (5 s,
	 * see {@link OutboxAutoConfiguration}) and then for the acknowledgement. Publishing
	 * stops while this much of the lease is left, so it never goes on beside a relay that
	 * took the document over.
	 */
	static final Duration SEND_BUDGET = Duration.ofSeconds(5).plus(EventPublisher.ACK_TIMEOUT);

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final int PAGE = 100;

	private static final int HAND_BACK_ATTEMPTS = 10;

	private final MongoTemplate mongo;

	private final EventPublisher publisher;

	private final Clock clock;

	private final String owner;

	public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka) {
		this(mongo, kafka, OutboxTracing.none(), Clock.systemUTC());
	}

	public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxTracing tracing, Clock clock) {
		this.mongo = mongo;
		this.publisher = new EventPublisher(kafka, tracing);
		this.clock = clock;
		this.owner = ownerName();
	}

	/**
	 * Makes a collection ready for the relay: the marker's index and, when this creates
	 * it (the first start of a marker-aware version on this database), the marker on
	 * documents stored with events before markers existed. That takes one scan of the
	 * collection, which on mongo-java-server reads every document: too dear to repeat at
	 * every start. Dropping the index has the next start look again.
	 */
	public void prepare(String collection) {
		IndexOperations indexes = this.mongo.indexOps(collection);
		boolean firstTime = indexes.getIndexInfo().stream().noneMatch((index) -> INDEX.equals(index.getName()));
		indexes.createIndex(new Index().on(PendingEvents.MARKER, Direction.ASC).unique().sparse().named(INDEX));
		if (firstTime) {
			markUnmarked(collection);
		}
	}

	private void markUnmarked(String collection) {
		Query unmarked = new Query(
				Criteria.where(PendingEvents.FIELD + ".0").exists(true).and(PendingEvents.MARKER).exists(false));
		unmarked.fields().include("_id");
		for (Document document : this.mongo.find(unmarked, Document.class, collection)) {
			this.mongo.updateFirst(byId(document.get("_id")),
					new Update().set(PendingEvents.MARKER, PendingEvents.newMarker()), collection);
		}
	}

	/**
	 * Publishes the events waiting in one collection's documents, except those another
	 * relay holds; returns how many were published.
	 * @throws IllegalStateException if the broker did not acknowledge an event (that
	 * event and the rest wait in their documents)
	 */
	public int relay(String collection) {
		int published = 0;
		List<Document> page;
		int claimed;
		do {
			page = this.mongo.find(waiting(), Document.class, collection);
			List<Document> mine = new ArrayList<>();
			for (Document candidate : page) {
				Document document = claim(collection, candidate);
				if (document != null) {
					mine.add(document);
				}
			}
			claimed = mine.size();
			published += relayClaimed(collection, mine);
		}
		while (page.size() == PAGE && claimed > 0);
		return published;
	}

	private static Query waiting() {
		// any stamp: a regular expression is the range query mongo-java-server answers
		// from a unique index
		Query query = new Query(Criteria.where(PendingEvents.MARKER).regex("^")).limit(PAGE);
		query.fields().include(PendingEvents.MARKER, LEASE);
		return query;
	}

	/**
	 * Takes the document unless another relay's lease on it is still running; null if it
	 * is held, or changed since it was read (claimed by another relay, or given new
	 * events: then it is read again on the next pass).
	 */
	private Document claim(String collection, Document candidate) {
		Instant now = this.clock.instant();
		if (!heldByThisRelay(candidate) && leaseEnd(candidate).isAfter(now)) {
			return null;
		}
		Update take = new Update().set(PendingEvents.MARKER, PendingEvents.newMarker())
			.set(LEASE, new Document("owner", this.owner).append("until", Date.from(now.plus(LEASE_DURATION))));
		return this.mongo.findAndModify(withFields(markedWith(candidate.getString(PendingEvents.MARKER))), take,
				FindAndModifyOptions.options().returnNew(true), Document.class, collection);
	}

	/**
	 * Publishes the claimed documents' events side by side: round n sends the n-th event
	 * of every document whose earlier events were acknowledged, then waits for all of
	 * them. One wait for the broker per round rather than per event (the producer also
	 * lingers a few milliseconds per send to batch), and each document's events still go
	 * out one after another, in order. Every document is handed back, whatever failed.
	 */
	private int relayClaimed(String collection, List<Document> claimed) {
		List<DocumentProgress> documents = claimed.stream().map(DocumentProgress::new).toList();
		try {
			int round = 0;
			while (sendRound(documents, round)) {
				round++;
			}
		}
		finally {
			for (DocumentProgress document : documents) {
				handBack(collection, document.acknowledged.isEmpty() ? document.claimed
						: removePublished(collection, document.claimed, document.acknowledged));
			}
		}
		int published = 0;
		for (DocumentProgress document : documents) {
			if (document.failure != null) {
				throw document.failure;
			}
			published += document.acknowledged.size();
		}
		return published;
	}

	/** Sends and awaits the given round's events; false when nothing was left to send. */
	private boolean sendRound(List<DocumentProgress> documents, int round) {
		List<DocumentProgress> senders = new ArrayList<>();
		List<EventPublisher.Sending> sendings = new ArrayList<>();
		for (DocumentProgress document : documents) {
			// the rest of a document's events after a new claim, if its lease runs short
			if (document.failure == null && round < document.events.size()
					&& !this.clock.instant().plus(SEND_BUDGET).isAfter(document.leaseEnd)) {
				try {
					sendings.add(this.publisher.send(document.events.get(round)));
					senders.add(document);
				}
				catch (IllegalStateException ex) {
					document.failure = ex;
				}
			}
		}
		Instant deadline = Instant.now().plus(EventPublisher.ACK_TIMEOUT);
		for (int i = 0; i < sendings.size(); i++) {
			EventPublisher.Sending sending = sendings.get(i);
			try {
				sending.awaitAcknowledgement(deadline);
				senders.get(i).acknowledged.add(sending.eventId());
			}
			catch (IllegalStateException ex) {
				senders.get(i).failure = ex;
			}
		}
		return !sendings.isEmpty();
	}

	/** A claimed document's events and how far their publishing got. */
	private static final class DocumentProgress {

		private final Document claimed;

		private final List<Document> events;

		private final Instant leaseEnd;

		private final List<String> acknowledged = new ArrayList<>();

		private IllegalStateException failure;

		DocumentProgress(Document claimed) {
			this.claimed = claimed;
			this.events = events(claimed);
			this.leaseEnd = leaseEnd(claimed);
		}

	}

	/** One write for all of a document's published events; the document as it is now. */
	private Document removePublished(String collection, Document claimed, List<String> eventIds) {
		Update pull = new Update().pull(PendingEvents.FIELD, new Document("eventId", new Document("$in", eventIds)));
		return this.mongo.findAndModify(withFields(byId(claimed.get("_id"))), pull,
				FindAndModifyOptions.options().returnNew(true), Document.class, collection);
	}

	/**
	 * Gives the lease up, and the marker with it if no events remain. A writer may append
	 * events at any moment, changing the stamp: then the compare-and-set fails, the
	 * document is read again and the hand-back retried, so the marker stays with new
	 * events.
	 */
	private void handBack(String collection, Document current) {
		for (int attempt = 0; current != null && attempt < HAND_BACK_ATTEMPTS; attempt++) {
			// taken over after the lease ran out (or rewritten whole): not ours to give
			if (!heldByThisRelay(current)) {
				return;
			}
			String stamp = current.getString(PendingEvents.MARKER);
			Update release = new Update().unset(LEASE);
			if (events(current).isEmpty()) {
				release.unset(PendingEvents.MARKER);
			}
			else if (stamp == null) {
				// rewritten whole without a marker, yet with events: mark it again
				release.set(PendingEvents.MARKER, PendingEvents.newMarker());
			}
			Query unchanged = (stamp != null) ? markedWith(stamp) : byId(current.get("_id"));
			if (this.mongo.updateFirst(unchanged, release, collection).getMatchedCount() == 1) {
				return;
			}
			current = this.mongo.findOne(withFields(byId(current.get("_id"))), Document.class, collection);
		}
		if (current != null) {
			log.warn("Outbox document {} in {} kept changing; its lease runs out by itself", current.get("_id"),
					collection);
		}
	}

	private boolean heldByThisRelay(Document document) {
		Document lease = document.get(LEASE, Document.class);
		return lease != null && this.owner.equals(lease.getString("owner"));
	}

	private static Instant leaseEnd(Document document) {
		Document lease = document.get(LEASE, Document.class);
		Date until = (lease != null) ? lease.getDate("until") : null;
		return (until != null) ? until.toInstant() : Instant.MIN;
	}

	private static List<Document> events(Document document) {
		return document.getList(PendingEvents.FIELD, Document.class, List.of());
	}

	private static Query markedWith(String stamp) {
		return new Query(Criteria.where(PendingEvents.MARKER).is(stamp));
	}

	private static Query byId(Object id) {
		return new Query(Criteria.where("_id").is(id));
	}

	private static Query withFields(Query query) {
		query.fields().include(PendingEvents.FIELD, PendingEvents.MARKER, LEASE);
		return query;
	}

	// names the relay in the lease, for whoever looks at a held document
	private static String ownerName() {
		String host = System.getenv().getOrDefault("HOSTNAME", "localhost");
		return host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
	}

}
