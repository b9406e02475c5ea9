package org.careflow.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Every free slot of the bench's doctors, in order, without asking the API: their hours
 * are every day 00:00-23:45 UTC in 15-minute slots, so the slots are 00:00, 00:15 ...
 * 23:30 of each day from tomorrow on. Slot {@code i} belongs to doctor {@code i % n}, so
 * concurrent bookings spread over the doctors. Each slot is handed out once.
 */
final class SlotPool {

	static final int SLOT_MINUTES = 15;

	/** Starts 00:00, 00:15 ... 23:30: the hours end at 23:45. */
	static final int SLOTS_PER_DAY = 95;

	/**
	 * Bookings may start at most 365 days ahead; five days of margin keep a slot handed
	 * out now bookable for the whole run.
	 */
	static final Duration HORIZON = Duration.ofDays(360);

	/** The doctors' minimum notice for a booking (the clinic default). */
	static final Duration MINIMUM_NOTICE = Duration.ofHours(2);

	private final List<String> doctorIds;

	private final Instant firstDay;

	private final long capacity;

	private long next;

	SlotPool(List<String> doctorIds, Instant now) {
		this.doctorIds = List.copyOf(doctorIds);
		// the day after the minimum notice (two hours) has passed: no slot handed out is
		// too soon to book, nor can it begin while the run lasts
		this.firstDay = now.plus(MINIMUM_NOTICE).truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
		long days = Duration.between(this.firstDay, now.plus(HORIZON)).toDays();
		this.capacity = days * SLOTS_PER_DAY * doctorIds.size();
	}

	/** The first day slots are taken from (00:00 UTC). */
	Instant firstDay() {
		return this.firstDay;
	}

	/**
	 * The {@code round}-th slot of patient {@code patient} of {@code patients}, among the
	 * slots not handed out yet: a round is {@code patients} slots in a row, so one
	 * patient's slots lie a round apart and never at the same time (a patient cannot hold
	 * two overlapping appointments) as long as there are at least as many patients as
	 * doctors. {@link #used} then moves past the rounds taken.
	 */
	synchronized Slot ofPatient(int patient, int round, int patients) {
		long index = this.next + (long) round * patients + patient;
		requireLeft(index - this.next + 1);
		return at(index);
	}

	synchronized Slot take() {
		requireLeft(1);
		return at(this.next++);
	}

	/**
	 * Writes the next slots, at most {@code count}, one line each
	 * ({@code <doctorId> <start> <token index>}), token indexes cycling over
	 * {@code tokens}; they are handed out only when {@link #used} says how many were
	 * taken.
	 * @return how many lines were written
	 */
	synchronized long write(Path file, long count, int tokens) {
		long lines = Math.min(count, this.capacity - this.next);
		requireLeft(1);
		try (BufferedWriter writer = Files.newBufferedWriter(file)) {
			for (long line = 0; line < lines; line++) {
				Slot slot = at(this.next + line);
				writer.write(slot.doctorId() + " " + slot.start() + " " + (line % tokens) + "\n");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return lines;
	}

	/** The first {@code lines} lines of the last file written were taken. */
	synchronized void used(long lines) {
		this.next += lines;
	}

	synchronized long left() {
		return this.capacity - this.next;
	}

	Slot at(long index) {
		int doctors = this.doctorIds.size();
		long perDoctor = index / doctors;
		Instant start = this.firstDay.plus(perDoctor / SLOTS_PER_DAY, ChronoUnit.DAYS)
			.plus((perDoctor % SLOTS_PER_DAY) * SLOT_MINUTES, ChronoUnit.MINUTES);
		return new Slot(this.doctorIds.get((int) (index % doctors)), start);
	}

	private void requireLeft(long count) {
		if (this.capacity - this.next < count) {
			throw new IllegalStateException("All " + this.capacity + " slots of the bench's doctors are used");
		}
	}

}
