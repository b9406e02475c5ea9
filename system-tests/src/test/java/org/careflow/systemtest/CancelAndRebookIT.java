package org.careflow.systemtest;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cancelled slot can be booked again the moment the cancellation is answered — by the
 * patient who cancelled or by anyone else — with no waiting for the cancellation event to
 * reach the scheduling service. (That event may be quick too, so these journeys show what
 * a patient sees; the proof that the slot is free before the answer, whatever the event
 * does, is in the services' own tests.)
 */
class CancelAndRebookIT {

	private final SystemStack stack = SystemStack.get();

	private final Api api = this.stack.api();

	private final Clinic clinic = this.stack.clinic();

	@Test
	void aPatientWhoCancelsCanBookTheSameSlotAgainAtOnce() {
		Person doctor = this.clinic.doctorWithOpenHours("Rheumatology");
		Person patient = this.clinic.registerPatient();
		String slot = this.clinic.slotTomorrow(doctor.id(), patient.token());
		String first = bookedId(patient, doctor, slot);

		cancel(patient, first);

		assertThat(this.clinic.freeSlotStarts(doctor.id(), patient.token())).as("listed free at once").contains(slot);
		Api.Reply again = book(patient, doctor, slot);

		assertThat(again.status()).as("booking the slot just cancelled: %s", again).isEqualTo(201);
		assertThat(again.text("id")).isNotEqualTo(first);
	}

	@Test
	void anotherPatientCanBookACancelledSlotAtOnce() {
		Person doctor = this.clinic.doctorWithOpenHours("Rheumatology");
		Person first = this.clinic.registerPatient();
		Person second = this.clinic.registerPatient();
		String slot = this.clinic.slotTomorrow(doctor.id(), first.token());
		String cancelled = bookedId(first, doctor, slot);

		cancel(first, cancelled);

		assertThat(this.clinic.freeSlotStarts(doctor.id(), second.token())).as("listed free at once").contains(slot);
		Api.Reply taken = book(second, doctor, slot);
		assertThat(taken.status()).as("another patient booking the cancelled slot: %s", taken).isEqualTo(201);
		assertThat(taken.text("patientId")).isEqualTo(second.id());
	}

	private Api.Reply book(Person patient, Person doctor, String slot) {
		return this.api.post("/api/appointments", patient.token(), Clinic.booking(doctor.id(), slot));
	}

	private String bookedId(Person patient, Person doctor, String slot) {
		Api.Reply booked = book(patient, doctor, slot);
		assertThat(booked.status()).as("booking: %s", booked).isEqualTo(201);
		return booked.text("id");
	}

	private void cancel(Person patient, String appointmentId) {
		Api.Reply cancelled = this.api.post("/api/appointments/" + appointmentId + "/cancel", patient.token(),
				Map.of("reason", "Plans changed"));
		assertThat(cancelled.status()).as("cancel: %s", cancelled).isEqualTo(200);
		assertThat(cancelled.text("status")).isEqualTo("cancelled");
	}

}
