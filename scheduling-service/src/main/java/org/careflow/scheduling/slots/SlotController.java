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
 * specialty (at most 14 days, paged), and the first free one; any signed-in user.
 */
@RestController
class SlotController {

	static final String SPECIALTY_MESSAGE = "must be 1 to 100 letters, digits, spaces, hyphens or apostrophes";

	private final FreeSlots freeSlots;

	SlotController(FreeSlots freeSlots) {
		this.freeSlots = freeSlots;
	}

	/**
	 * One doctor's free slots all at once (at most 31 days of them), or a page of them if
	 * {@code page} or {@code size} is given; a specialty's always paged.
	 */
	@GetMapping("/api/slots")
	ResponseEntity<List<SlotResponse>> free(@RequestParam(required = false) @DoctorId String doctorId,
			@RequestParam(required = false) @Pattern(regexp = DoctorDirectory.SPECIALTY,
					message = SPECIALTY_MESSAGE) String specialty,
			@RequestParam Instant from, @RequestParam Instant to, @Valid PageParams paging) {
		requireOneOf(doctorId, specialty);
		if (doctorId != null) {
			List<SlotResponse> slots = respond(this.freeSlots.of(doctorId, from, to));
			boolean paged = paging.page() != null || paging.size() != null;
			return paged ? page(slots, paging) : ResponseEntity.ok(slots);
		}
		return page(respond(this.freeSlots.ofSpecialty(specialty, from, to)), paging);
	}

	@GetMapping("/api/slots/first")
	SlotResponse first(@RequestParam(required = false) @DoctorId String doctorId,
			@RequestParam(required = false) @Pattern(regexp = DoctorDirectory.SPECIALTY,
					message = SPECIALTY_MESSAGE) String specialty) {
		requireOneOf(doctorId, specialty);
		Optional<Slot> first = (doctorId != null) ? this.freeSlots.firstOf(doctorId)
				: this.freeSlots.firstOfSpecialty(specialty);
		return first.map(SlotResponse::of).orElseThrow(NoFreeSlotException::new);
	}

	private static void requireOneOf(String doctorId, String specialty) {
		if (doctorId == null && specialty == null) {
			throw new InvalidSlotWindowException(List.of(new Violation("doctorId", "or specialty is required")));
		}
		if (doctorId != null && specialty != null) {
			throw new InvalidSlotWindowException(
					List.of(new Violation("specialty", "must not be given with doctorId: one or the other")));
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
