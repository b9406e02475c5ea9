package org.careflow.scheduling.slots;

import java.time.Instant;
import java.util.List;

import org.careflow.scheduling.availability.DoctorId;
import org.careflow.scheduling.availability.Slot;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Free slots of one doctor in a period of at most 31 days within the booking horizon; any
 * signed-in user.
 */
@RestController
class SlotController {

	private final FreeSlots freeSlots;

	SlotController(FreeSlots freeSlots) {
		this.freeSlots = freeSlots;
	}

	@GetMapping("/api/slots")
	List<SlotResponse> free(@RequestParam @DoctorId String doctorId, @RequestParam Instant from,
			@RequestParam Instant to) {
		return this.freeSlots.of(doctorId, from, to).stream().map(SlotResponse::of).toList();
	}

	record SlotResponse(String doctorId, Instant start, Instant end) {

		static SlotResponse of(Slot slot) {
			return new SlotResponse(slot.doctorId(), slot.start(), slot.end());
		}

	}

}
