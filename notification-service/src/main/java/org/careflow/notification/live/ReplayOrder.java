package org.careflow.notification.live;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The order a catch-up sends records in: each partition's in offset order (as the feed
 * read them: an appointment's events share a partition), the partitions merged by record
 * time, ties broken by partition. Kafka keeps no order across partitions; the time is the
 * nearest there is.
 */
final class ReplayOrder {

	private ReplayOrder() {
	}

	/**
	 * @param partitions each partition's records, in offset order
	 * @return all of them, merged
	 */
	static List<ReadRecord> merge(Collection<List<ReadRecord>> partitions) {
		// a merge of heads, never a sort: a partition's record time may go back (the
		// producer sets it), and its order must hold all the same
		PriorityQueue<Head> heads = new PriorityQueue<>(
				Comparator.comparingLong((Head head) -> head.current.timestamp())
					.thenComparingInt((head) -> head.current.partition()));
		int total = 0;
		for (List<ReadRecord> records : partitions) {
			total += records.size();
			Iterator<ReadRecord> rest = records.iterator();
			if (rest.hasNext()) {
				heads.add(new Head(rest.next(), rest));
			}
		}
		List<ReadRecord> merged = new ArrayList<>(total);
		while (!heads.isEmpty()) {
			Head head = heads.poll();
			merged.add(head.current);
			if (head.rest.hasNext()) {
				heads.add(new Head(head.rest.next(), head.rest));
			}
		}
		return merged;
	}

	private record Head(ReadRecord current, Iterator<ReadRecord> rest) {
	}

}
