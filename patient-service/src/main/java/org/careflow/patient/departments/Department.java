package org.careflow.patient.departments;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A department as this service knows it from doctor-service's events: the whole
 * department, the latest event wins. {@code occurredAt} and {@code eventId} are those of
 * the event it was copied from, so an older or a replayed event changes nothing; a
 * removed department is kept as a marker ({@code removed}) so that an older
 * {@code department.saved} cannot bring it back.
 */
public record Department(String id, String name, List<Room> rooms, Instant occurredAt, String eventId,
		boolean removed) {

	/** A department has at most this many rooms… */
	public static final int MAX_ROOMS = 200;

	/** …of at most this many beds each: a ward's board stays bounded (4,000 beds). */
	public static final int MAX_BEDS_PER_ROOM = 20;

	/** Room and bed labels as the department defines them ("101", "A"). */
	public static final int MAX_LABEL_LENGTH = 20;

	public Department {
		rooms = (rooms != null) ? List.copyOf(rooms) : List.of();
	}

	/**
	 * The department as a {@code department.saved} event carries it.
	 * @throws IllegalArgumentException if it breaks the contract's bounds (too many rooms
	 * or beds, a label empty, too long or twice in its room or department)
	 */
	public static Department saved(String id, String name, List<Room> rooms, Instant occurredAt, String eventId) {
		requireWithinBounds(rooms);
		return new Department(id, name, rooms, occurredAt, eventId, false);
	}

	/** The marker left by {@code department.removed}. */
	public static Department removed(String id, Instant occurredAt, String eventId) {
		return new Department(id, null, List.of(), occurredAt, eventId, true);
	}

	/**
	 * Whether an event of {@code eventOccurredAt} should replace this copy: a newer one
	 * does; an older one, or this very event again (a redelivery), does not. Of two
	 * events at the same instant the one read later wins: a department's events share a
	 * key, so they arrive in the order doctor-service sent them.
	 */
	public boolean isReplacedBy(Instant eventOccurredAt, String otherEventId) {
		if (this.eventId.equals(otherEventId)) {
			return false;
		}
		return !eventOccurredAt.isBefore(this.occurredAt);
	}

	public Optional<Room> room(String room) {
		return this.rooms.stream().filter((candidate) -> candidate.name().equals(room)).findFirst();
	}

	public int bedCount() {
		return this.rooms.stream().mapToInt((room) -> room.beds().size()).sum();
	}

	private static void requireWithinBounds(List<Room> rooms) {
		if (rooms.size() > MAX_ROOMS) {
			throw new IllegalArgumentException(rooms.size() + " rooms, more than " + MAX_ROOMS);
		}
		Set<String> roomNames = new HashSet<>();
		for (Room room : rooms) {
			requireLabel(room.name(), "room");
			if (!roomNames.add(room.name())) {
				throw new IllegalArgumentException("room " + room.name() + " twice");
			}
			if (room.beds().size() > MAX_BEDS_PER_ROOM) {
				throw new IllegalArgumentException(
						"room " + room.name() + " has " + room.beds().size() + " beds, more than " + MAX_BEDS_PER_ROOM);
			}
			if (new HashSet<>(room.beds()).size() != room.beds().size()) {
				throw new IllegalArgumentException("room " + room.name() + " names a bed twice");
			}
			room.beds().forEach((bed) -> requireLabel(bed, "bed"));
		}
	}

	private static void requireLabel(String label, String what) {
		if (!Labels.isLabel(label)) {
			throw new IllegalArgumentException("a " + what + " label must be 1 to " + MAX_LABEL_LENGTH
					+ " characters of plain text, not " + ((label == null) ? "null" : label.length() + " characters"));
		}
	}

}
