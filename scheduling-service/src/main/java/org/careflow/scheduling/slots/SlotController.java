package org.careflow.scheduling.slots;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.careflow.platform.web.PageParams;
import org.careflow.platform.web.Pages;
import org.careflow.scheduling.availability.DoctorId;
import org.careflow.scheduling.availability.Slot;
import org.careflow.scheduling.doctors.DoctorDirectory;
import org.careflow.scheduling.slots.InvalidSlotWindowException.Violation;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Free slots, of one doctor (a period of at most 31 days) or of every doctor of a
 * specialty or a department (at most 14 days, paged), and the first free one; any
 * signed-in user. Deactivated and retired doctors are in no search.
 */
@RestController
class SlotController {

	static final String SPECIALTY_MESSAGE = "must be 1 to 100 letters, digits, spaces, hyphens or apostrophes";

	static final String DEPARTMENT_MESSAGE = "must be 1 to 64 letters, digits or hyphens";

	private final FreeSlots freeSlots;

	SlotController(FreeSlots freeSlots) {
		this.freeSlots = freeSlots;
	}

	/**
	 * One doctor's free slots all at once (at most 31 days of them), or a page of them if
	 * {@code page} or {@code size} is given; a specialty's or a department's always
	 * paged.
	 */
	@GetMapping("/api/slots")
	ResponseEntity<List<SlotResponse>> free(@RequestParam(required = false) @DoctorId String doctorId,
			@RequestParam(required = false) @Pattern(regexp = DoctorDirectory.SPECIALTY,
					message = SPECIALTY_MESSAGE) String specialty,
			@RequestParam(required = false) @Pattern(regexp = DoctorDirectory.DEPARTMENT,
					message = DEPARTMENT_MESSAGE) String departmentId,
			@RequestParam Instant from, @RequestParam Instant to, @Valid PageParams paging) {
		requireOneOf(doctorId, specialty, departmentId);
		if (doctorId != null) {
			List<SlotResponse> slots = respond(this.freeSlots.of(doctorId, from, to));
			boolean paged = paging.page() != null || paging.size() != null;
			return paged ? page(slots, paging) : ResponseEntity.ok(slots);
		}
		List<Slot> slots = (specialty != null) ? this.freeSlots.ofSpecialty(specialty, from, to)
				: this.freeSlots.ofDepartment(departmentId, from, to);
		return page(respond(slots), paging);
	}

	@GetMapping("/api/slots/first")
	SlotResponse first(@RequestParam(required = false) @DoctorId String doctorId,
			@RequestParam(required = false) @Pattern(regexp = DoctorDirectory.SPECIALTY,
					message = SPECIALTY_MESSAGE) String specialty,
			@RequestParam(required = false) @Pattern(regexp = DoctorDirectory.DEPARTMENT,
					message = DEPARTMENT_MESSAGE) String departmentId) {
		requireOneOf(doctorId, specialty, departmentId);
		Optional<Slot> first;
		if (doctorId != null) {
			first = this.freeSlots.firstOf(doctorId);
		}
		else if (specialty != null) {
			first = this.freeSlots.firstOfSpecialty(specialty);
		}
		else {
			first = this.freeSlots.firstOfDepartment(departmentId);
		}
		return first.map(SlotResponse::of).orElseThrow(NoFreeSlotException::new);
	}

	/** Exactly one way to choose the doctors; the violation names the one too many. */
	private static void requireOneOf(String doctorId, String specialty, String departmentId) {
		if (doctorId == null && specialty == null && departmentId == null) {
			throw new InvalidSlotWindowException(
					List.of(new Violation("doctorId", "or specialty or departmentId is required")));
		}
		if (doctorId != null && specialty != null) {
			throw new InvalidSlotWindowException(
					List.of(new Violation("specialty", "must not be given with doctorId: one or the other")));
		}
		if (departmentId != null && (doctorId != null || specialty != null)) {
			throw new InvalidSlotWindowException(List
				.of(new Violation("departmentId", "must not be given with doctorId or specialty: one of the three")));
		}
	}

	private static List<SlotResponse> respond(List<Slot> slots) {
		return slots.stream().map(SlotResponse::of).toList();
	}

	private static ResponseEntity<List<SlotResponse>> page(List<SlotResponse> all, PageParams paging) {
		int from = (int) Math.min(all.size(), paging.offset());
		int to = (int) Math.min(all.size(), paging.offset() + paging.fetchSize());
		return Pages.of(all.subList(from, to), paging);
	}

	record SlotResponse(String doctorId, Instant start, Instant end) {

		static SlotResponse of(Slot slot) {
			return new SlotResponse(slot.doctorId(), slot.start(), slot.end());
		}

	}

}
