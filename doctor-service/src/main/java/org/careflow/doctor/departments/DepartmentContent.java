package org.careflow.doctor.departments;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an admin says about a department: its name, description, location and rooms with
 * their beds. Every instance keeps the rules: strings are stripped (blank optional ones
 * become null), the name is required, every text and list has a maximum, room names are
 * unique within the department and bed labels within their room, both ignoring case
 * ("Room 1" and "room 1" would be the same door sign).
 */
public record DepartmentContent(String name, String description, String location, List<Room> rooms) {

	public static final int MAX_NAME = 100;

	public static final int MAX_DESCRIPTION = 1000;

	public static final int MAX_LOCATION = 200;

	public static final int MAX_ROOMS = 200;

	public static final int MAX_ROOM_NAME = 20;

	public static final int MAX_BEDS = 20;

	public static final int MAX_BED_LABEL = 20;

	/**
	 * @throws InvalidDepartmentException naming every broken rule by the field as a
	 * client sent it, e.g. {@code rooms[3].beds[1]}
	 */
	public DepartmentContent {
		List<Violation> violations = new ArrayList<>();
		name = text("name", name, MAX_NAME, true, violations);
		description = text("description", description, MAX_DESCRIPTION, false, violations);
		location = text("location", location, MAX_LOCATION, false, violations);
		rooms = rooms(rooms, violations);
		if (!violations.isEmpty()) {
			throw new InvalidDepartmentException(violations);
		}
	}

	/** The name as the uniqueness of department names sees it. */
	public String nameKey() {
		return key(this.name);
	}

	static String key(String value) {
		return value.toLowerCase(Locale.ROOT);
	}

	private static List<Room> rooms(List<Room> rooms, List<Violation> violations) {
		if (rooms == null) {
			return List.of();
		}
		if (rooms.size() > MAX_ROOMS) {
			// a list far too long gets one answer, not one per room
			violations.add(new Violation("rooms", "must have at most " + MAX_ROOMS + " rooms"));
			return List.of();
		}
		List<Room> checked = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (int i = 0; i < rooms.size(); i++) {
			String field = "rooms[" + i + "]";
			Room room = rooms.get(i);
			if (room == null) {
				violations.add(new Violation(field, "must not be null"));
				continue;
			}
			String name = text(field + ".name", room.name(), MAX_ROOM_NAME, true, violations);
			if (name != null && !names.add(key(name))) {
				violations.add(new Violation(field + ".name", "must be unique within the department"));
			}
			checked.add(new Room(name, beds(field + ".beds", room.beds(), violations)));
		}
		return List.copyOf(checked);
	}

	private static List<String> beds(String field, List<String> beds, List<Violation> violations) {
		if (beds.size() > MAX_BEDS) {
			violations.add(new Violation(field, "must have at most " + MAX_BEDS + " beds"));
			return List.of();
		}
		List<String> labels = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (int j = 0; j < beds.size(); j++) {
			String label = text(field + "[" + j + "]", beds.get(j), MAX_BED_LABEL, true, violations);
			if (label != null) {
				if (keys.add(key(label))) {
					labels.add(label);
				}
				else {
					violations.add(new Violation(field + "[" + j + "]", "must be unique within the room"));
				}
			}
		}
		return List.copyOf(labels);
	}

	/** The stripped text, or null if blank (a violation when required or too long). */
	private static String text(String field, String value, int max, boolean required, List<Violation> violations) {
		String stripped = (value != null) ? value.strip() : "";
		if (stripped.isEmpty()) {
			if (required) {
				violations.add(new Violation(field, "must not be blank"));
			}
			return null;
		}
		if (stripped.length() > max) {
			violations.add(new Violation(field, "must be at most " + max + " characters"));
			return null;
		}
		return stripped;
	}

}
