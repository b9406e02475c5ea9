package org.careflow.platform.sweep;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Entries (ids of things due) filed by the minute they fall due in — one document per
 * minute ({@code _id} = the minute, the entries in one array field) — and how far a sweep
 * has got (one progress document).
 * <p>
 * Every read is by {@code _id}, so a sweep costs what falls due, not what is stored: a
 * query on a time field would read the whole collection on the local stack's
 * MongoDB-protocol server (it serves no range from an index) every time, idle or not.
 * <p>
 * Any number of replicas may sweep: each looks at the minutes since the progress, hands
 * each entry to its handler (which must itself make sure a thing is done once, e.g. by a
 * conditional write), and moves the progress on only after the look is complete, with a
 * compare-and-set — so a replica that dies midway leaves its minutes to the next look.
 */
public class MinuteBuckets {

	/**
	 * One look covers at most a day of minutes; a longer outage is caught up in steps.
	 */
	public static final int MAX_MINUTES_PER_LOOK = 24 * 60;

	private static final int MINUTES_PER_QUERY = 240;

	private static final String PROGRESS_ID = "sweep";

	private static final String THROUGH = "through";

	private final MongoTemplate mongo;

	private final String buckets;

	private final String entries;

	private final String progress;

	/**
	 * @param buckets the collection of minute documents
	 * @param entries the array field of a minute document that lists its entries
	 * @param progress the collection of the progress document
	 */
	public MinuteBuckets(MongoTemplate mongo, String buckets, String entries, String progress) {
		this.mongo = mongo;
		this.buckets = buckets;
		this.entries = entries;
		this.progress = progress;
	}

	/**
	 * The minute a thing due at {@code at} is looked at: the first whole minute not
	 * before it.
	 */
	public static Instant bucketOf(Instant at) {
		Instant minute = at.truncatedTo(ChronoUnit.MINUTES);
		return minute.equals(at) ? minute : minute.plus(1, ChronoUnit.MINUTES);
	}

	/**
	 * Files an entry under the minute of {@code at} (once, however often it is filed).
	 */
	public void file(String entry, Instant at) {
		this.mongo.upsert(byId(key(bucketOf(at))), new Update().addToSet(this.entries, entry), this.buckets);
	}

	/**
	 * Looks at the minutes due since the last look, up to {@code now}: hands every entry
	 * filed there to {@code handle}, then moves the progress on and forgets those minutes
	 * (unless another replica moved it first: then it looked at them too).
	 * @param firstLook how far back the first look on a database goes
	 * @param handle does what is due; true if that counts
	 * @return how many entries counted
	 */
	public int sweep(Instant now, Duration firstLook, Predicate<String> handle) {
		Optional<Instant> through = sweptThrough();
		Instant dueThrough = now.truncatedTo(ChronoUnit.MINUTES);
		Instant from = through.map((minute) -> minute.plus(1, ChronoUnit.MINUTES))
			.orElse(dueThrough.minus(firstLook).truncatedTo(ChronoUnit.MINUTES));
		if (from.isAfter(dueThrough)) {
			return 0;
		}
		Instant to = earliest(dueThrough, from.plus(MAX_MINUTES_PER_LOOK - 1, ChronoUnit.MINUTES));
		List<Instant> minutes = minutes(from, to);
		int counted = 0;
		for (int i = 0; i < minutes.size(); i += MINUTES_PER_QUERY) {
			for (String entry : dueIn(minutes.subList(i, Math.min(i + MINUTES_PER_QUERY, minutes.size())))) {
				counted += handle.test(entry) ? 1 : 0;
			}
		}
		if (advance(through, to)) {
			forget(minutes);
		}
		return counted;
	}

	/** The entries filed in these minutes (each once). */
	List<String> dueIn(List<Instant> minutes) {
		Query query = new Query(Criteria.where("_id").in(minutes.stream().map(MinuteBuckets::key).toList()));
		return this.mongo.find(query, Document.class, this.buckets)
			.stream()
			.flatMap((bucket) -> bucket.getList(this.entries, String.class, List.of()).stream())
			.distinct()
			.toList();
	}

	void forget(List<Instant> minutes) {
		this.mongo.remove(new Query(Criteria.where("_id").in(minutes.stream().map(MinuteBuckets::key).toList())),
				this.buckets);
	}

	/** The last minute looked at, if a sweep ever ran on this database. */
	Optional<Instant> sweptThrough() {
		Document found = this.mongo.findById(PROGRESS_ID, Document.class, this.progress);
		return Optional.ofNullable(found).map((document) -> Instant.parse(document.getString(THROUGH)));
	}

	/**
	 * Moves the progress from {@code from} to {@code to} unless another replica moved it
	 * first.
	 */
	boolean advance(Optional<Instant> from, Instant to) {
		if (from.isEmpty()) {
			try {
				this.mongo.insert(new Document("_id", PROGRESS_ID).append(THROUGH, to.toString()), this.progress);
				return true;
			}
			catch (DuplicateKeyException anotherReplicaStarted) {
				return false;
			}
		}
		Query unchanged = new Query(Criteria.where("_id").is(PROGRESS_ID).and(THROUGH).is(from.get().toString()));
		return this.mongo.updateFirst(unchanged, new Update().set(THROUGH, to.toString()), this.progress)
			.getModifiedCount() == 1;
	}

	private static List<Instant> minutes(Instant from, Instant to) {
		List<Instant> minutes = new ArrayList<>();
		for (Instant minute = from; !minute.isAfter(to); minute = minute.plus(1, ChronoUnit.MINUTES)) {
			minutes.add(minute);
		}
		return minutes;
	}

	private static Instant earliest(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private static String key(Instant minute) {
		return minute.toString();
	}

	private static Query byId(String id) {
		return new Query(Criteria.where("_id").is(id));
	}

}
