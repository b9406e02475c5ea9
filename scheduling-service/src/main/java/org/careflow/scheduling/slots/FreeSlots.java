package org.careflow.scheduling.slots;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.careflow.scheduling.availability.DoctorAvailability;
import org.careflow.scheduling.availability.Schedules;
import org.careflow.scheduling.availability.Slot;
import org.careflow.scheduling.claims.SlotClaims;
import org.careflow.scheduling.doctors.DoctorDirectory;

import org.springframework.stereotype.Service;

/**
 * The slots a patient can still book: on the doctor's grid (date overrides applied), not
 * blocked, within their booking rules (notice, days ahead, buffer), neither claimed nor
 * held. Claims are looked up by the keys of the candidate slots, never by a range scan.
 */
@Service
class FreeSlots {

	/** The step of the search for the first free slot. */
	static final Duration FIRST_STEP = Duration.ofDays(7);

	static final Comparator<Slot> SOONEST = Comparator.comparing(Slot::start).thenComparing(Slot::doctorId);

	private final Schedules schedules;

	private final SlotClaims claims;

	private final DoctorDirectory directory;

	private final Clock clock;

	FreeSlots(Schedules schedules, SlotClaims claims, DoctorDirectory directory, Clock clock) {
		this.schedules = schedules;
		this.claims = claims;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * Nothing for a doctor deactivated or retired.
	 * @throws InvalidSlotWindowException if the period is not a {@link SlotWindow}
	 */
	List<Slot> of(String doctorId, Instant from, Instant to) {
		Instant now = this.clock.instant();
		SlotWindow window = SlotWindow.of(from, to, now);
		return free(ofDoctor(doctorId), window.from(), window.to(), now);
	}

	/**
	 * The free slots of every listed doctor of the specialty (at most
	 * {@value DoctorDirectory#MAX_DOCTORS} doctors), soonest first.
	 * @throws InvalidSlotWindowException if the period is longer than
	 * {@link SlotWindow#MAX_SEARCH_LENGTH} or out of range
	 */
	List<Slot> ofSpecialty(String specialty, Instant from, Instant to) {
		return ofAny(ofSpecialty(specialty), from, to);
	}

	/** As {@link #ofSpecialty}, of the doctors of the department. */
	List<Slot> ofDepartment(String departmentId, Instant from, Instant to) {
		return ofAny(ofDepartment(departmentId), from, to);
	}

	Optional<Slot> firstOf(String doctorId) {
		return first(ofDoctor(doctorId));
	}

	Optional<Slot> firstOfSpecialty(String specialty) {
		return first(ofSpecialty(specialty));
	}

	Optional<Slot> firstOfDepartment(String departmentId) {
		return first(ofDepartment(departmentId));
	}

	private List<Slot> ofAny(List<DoctorAvailability> availabilities, Instant from, Instant to) {
		Instant now = this.clock.instant();
		SlotWindow window = SlotWindow.of(from, to, now, SlotWindow.MAX_SEARCH_LENGTH);
		return free(availabilities, window.from(), window.to(), now);
	}

	/**
	 * The doctor's availability, unless the directory has them deactivated or retired.
	 */
	private List<DoctorAvailability> ofDoctor(String doctorId) {
		if (this.directory.unlisted(doctorId)) {
			return List.of();
		}
		return this.schedules.find(doctorId).map(List::of).orElse(List.of());
	}

	private List<DoctorAvailability> ofSpecialty(String specialty) {
		return this.schedules.findAll(this.directory.doctorsOf(specialty));
	}

	private List<DoctorAvailability> ofDepartment(String departmentId) {
		return this.schedules.findAll(this.directory.doctorsOfDepartment(departmentId));
	}

	/**
	 * The soonest free slot from now to the furthest day any of the doctors takes
	 * bookings for, looked for a week at a time.
	 */
	private Optional<Slot> first(List<DoctorAvailability> availabilities) {
		Instant now = this.clock.instant();
		Instant last = availabilities.stream()
			.map(availability -> availability.rules().latestStart(now))
			.max(Comparator.naturalOrder())
			.orElse(now);
		for (Instant from = now; from.isBefore(last); from = from.plus(FIRST_STEP)) {
			Instant to = from.plus(FIRST_STEP);
			List<Slot> free = free(availabilities, from, to.isAfter(last) ? last.plusSeconds(1) : to, now);
			if (!free.isEmpty()) {
				return Optional.of(free.getFirst());
			}
		}
		return Optional.empty();
	}

	private List<Slot> free(List<DoctorAvailability> availabilities, Instant from, Instant to, Instant now) {
		if (availabilities.isEmpty()) {
			return List.of();
		}
		Map<String, List<Slot>> candidates = availabilities.stream()
			.collect(Collectors.toMap(DoctorAvailability::doctorId,
					availability -> availability.slotsBetween(from, to)
						.stream()
						.filter(slot -> availability.allows(slot, now))
						.toList()));
		List<String> keys = new ArrayList<>();
		for (DoctorAvailability availability : availabilities) {
			if (!candidates.get(availability.doctorId()).isEmpty()) {
				availability.neighbourhood(from, to).forEach(slot -> keys.add(slot.key()));
			}
		}
		Map<String, List<Slot>> taken = this.claims.taken(keys).stream().collect(Collectors.groupingBy(Slot::doctorId));
		List<Slot> free = new ArrayList<>();
		for (DoctorAvailability availability : availabilities) {
			free.addAll(availability.free(candidates.get(availability.doctorId()),
					taken.getOrDefault(availability.doctorId(), List.of())));
		}
		free.sort(SOONEST);
		return free;
	}

}
