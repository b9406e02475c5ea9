package org.careflow.appointment.web;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.careflow.platform.validation.PlainText;

/**
 * A patient asks for a slot of a doctor, optionally one they hold ({@code holdId} from
 * {@code POST /api/slots/holds}); the patient is the caller. Or an admin (or the doctor
 * on their own calendar) overbooks: {@code overbook: true}, the patient it is for and
 * why. Doctor ids are UUIDs; the bound leaves room for other schemes and keeps keys and
 * logs small and clean.
 */
record BookingRequest(
		@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]*",
				message = "may contain only letters, digits and hyphens") String doctorId,
		@NotNull Instant start, @Size(max = 1000) @PlainText String reason,
		@Size(max = 64) @Pattern(
				regexp = "[A-Za-z0-9-]*", message = "may contain only letters, digits and hyphens") String holdId,
		Boolean overbook,
		@Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]*",
				message = "may contain only letters, digits and hyphens") String patientId,
		@Size(max = 1000) @PlainText String overbookReason) {

	BookingRequest(String doctorId, Instant start, String reason, String holdId) {
		this(doctorId, start, reason, holdId, null, null, null);
	}

	boolean isOverbooking() {
		return Boolean.TRUE.equals(this.overbook);
	}

	/**
	 * The fields an overbooking needs, and those only it may carry.
	 * @throws InvalidFieldException naming the field at fault
	 */
	void requireConsistent() {
		if (isOverbooking()) {
			if (this.patientId == null || this.patientId.isBlank()) {
				throw new InvalidFieldException("patientId", "is required to overbook: whom the booking is for");
			}
			if (this.overbookReason == null || this.overbookReason.isBlank()) {
				throw new InvalidFieldException("overbookReason", "is required to overbook: say why");
			}
			if (this.holdId != null) {
				throw new InvalidFieldException("holdId", "an overbooking takes no hold");
			}
		}
		else if (this.patientId != null || this.overbookReason != null) {
			throw new InvalidFieldException((this.patientId != null) ? "patientId" : "overbookReason",
					"only with overbook: true");
		}
	}

}
