package org.careflow.notification.live;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Where a reader of {@code careflow.appointments} stands: for each partition, the offset
 * of the next record to read. Offsets are Kafka's, the same on every replica, so a
 * position taken from one replica is understood by any other, or by this one after a
 * restart.
 * <p>
 * It is the SSE {@code id} of each event (the position just after it), written
 * {@code 0-15.1-40.2-7} ({@code partition-nextOffset}, by partition): short, and safe in
 * a header and a URL as it is.
 *
 * @param nextOffsets partition → offset of the next record
 */
record StreamPosition(SortedMap<Integer, Long> nextOffsets) {

	/** The longest id read back: a header a client sends cannot cost much to parse. */
	static final int MAX_LENGTH = 200;

	private static final Pattern FORM = Pattern.compile("\\d{1,6}-\\d{1,19}(\\.\\d{1,6}-\\d{1,19})*");

	StreamPosition {
		if (nextOffsets.isEmpty()) {
			throw new IllegalArgumentException("A position names at least one partition");
		}
		nextOffsets.forEach((partition, offset) -> {
			if (partition < 0 || offset < 0) {
				throw new IllegalArgumentException("Partitions and offsets are never negative");
			}
		});
		nextOffsets = Collections.unmodifiableSortedMap(new TreeMap<>(nextOffsets));
	}

	static StreamPosition of(Map<Integer, Long> nextOffsets) {
		return new StreamPosition(new TreeMap<>(nextOffsets));
	}

	/**
	 * Reads an id as written by {@link #encode()}; empty for anything else (too long, not
	 * of the form, a partition named twice, a number out of range).
	 */
	static Optional<StreamPosition> parse(String id) {
		if (id == null || id.length() > MAX_LENGTH || !FORM.matcher(id).matches()) {
			return Optional.empty();
		}
		SortedMap<Integer, Long> offsets = new TreeMap<>();
		try {
			for (String entry : id.split("\\.")) {
				int dash = entry.indexOf('-');
				int partition = Integer.parseInt(entry.substring(0, dash));
				long offset = Long.parseLong(entry.substring(dash + 1));
				if (offsets.put(partition, offset) != null) {
					return Optional.empty();
				}
			}
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		return Optional.of(new StreamPosition(offsets));
	}

	String encode() {
		StringJoiner id = new StringJoiner(".");
		this.nextOffsets.forEach((partition, offset) -> id.add(partition + "-" + offset));
		return id.toString();
	}

	Set<Integer> partitions() {
		return this.nextOffsets.keySet();
	}

	long offsetOf(int partition) {
		Long offset = this.nextOffsets.get(partition);
		if (offset == null) {
			throw new IllegalArgumentException("No partition " + partition + " in " + encode());
		}
		return offset;
	}

	/** This position once the record at {@code offset} of {@code partition} is read. */
	StreamPosition after(int partition, long offset) {
		SortedMap<Integer, Long> offsets = new TreeMap<>(this.nextOffsets);
		offsets.put(partition, offset + 1);
		return new StreamPosition(offsets);
	}

	/**
	 * This position, but nowhere behind {@code floor} on this position's partitions: a
	 * client that came from a replica a few records ahead of this one keeps ids that
	 * never go back.
	 */
	StreamPosition atLeast(StreamPosition floor) {
		SortedMap<Integer, Long> offsets = new TreeMap<>(this.nextOffsets);
		floor.nextOffsets
			.forEach((partition, offset) -> offsets.computeIfPresent(partition, (p, own) -> Math.max(own, offset)));
		return new StreamPosition(offsets);
	}

	/**
	 * How many offsets lie between this position and {@code later}, summed over the
	 * partitions where this one is behind: at most that many records to read.
	 */
	long recordsUntil(StreamPosition later) {
		long records = 0;
		for (Map.Entry<Integer, Long> entry : later.nextOffsets.entrySet()) {
			Long own = this.nextOffsets.get(entry.getKey());
			if (own != null && own < entry.getValue()) {
				records += entry.getValue() - own;
			}
		}
		return records;
	}

	@Override
	public String toString() {
		return encode();
	}

}
