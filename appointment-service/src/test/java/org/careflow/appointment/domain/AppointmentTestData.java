package org.careflow.appointment.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Appointments for tests: {@code AppointmentTestData.booked().at(start).build()}. By
 * default appointment {@code appt-1} of patient {@code patient-1} with doctor
 * {@code doctor-1}, 30 minutes in Europe/Paris, reason "Cough", booked a day ahead.
 */
public final class AppointmentTestData {

	public static final String PATIENT_ID = "patient-1";

	public static final String DOCTOR_ID = "doctor-1";

	private String id = "appt-1";

	private String patientId = PATIENT_ID;

	private Instant start = Instant.parse("2030-01-07T08:00:00Z");

	private String timeZone = "Europe/Paris";

	private String reason = "Cough";

	private boolean cancelled;

	private boolean arrived;

	private VisitEntry visit;

	private AppointmentTestData() {
	}

	public static AppointmentTestData booked() {
		return new AppointmentTestData();
	}

	public AppointmentTestData id(String id) {
		this.id = id;
		return this;
	}

	public AppointmentTestData of(String patientId) {
		this.patientId = patientId;
		return this;
	}

	public AppointmentTestData at(Instant start) {
		this.start = start;
		return this;
	}

	public AppointmentTestData in(String timeZone) {
		this.timeZone = timeZone;
		return this;
	}

	public AppointmentTestData reason(String reason) {
		this.reason = reason;
		return this;
	}

	/** Its doctor recorded this visit before. */
	public AppointmentTestData withVisit(VisitEntry visit) {
		this.visit = visit;
		return this;
	}

	/** A nurse checked the patient in, half an hour before the start. */
	public AppointmentTestData arrived() {
		this.arrived = true;
		return this;
	}

	public AppointmentTestData cancelled() {
		this.cancelled = true;
		return this;
	}

	/** Built as if restored from storage: no events pending. */
	public Appointment build() {
		Instant bookedAt = this.start.minus(Duration.ofDays(1));
		Appointment appointment = Appointment.book(this.id, this.patientId,
				new BookedSlot(DOCTOR_ID, this.start, this.start.plus(Duration.ofMinutes(30)), this.timeZone),
				this.reason, bookedAt);
		if (this.arrived) {
			appointment.checkIn(new Actor("nurse-1", Set.of("nurse")), Duration.ofHours(1),
					this.start.minus(Duration.ofMinutes(30)));
		}
		if (this.visit != null) {
			// a visit is recorded once the appointment has started
			appointment.recordVisit(new Actor(DOCTOR_ID, Set.of("doctor")), this.visit, this.start);
		}
		if (this.cancelled) {
			appointment.cancel(new Actor(this.patientId, Set.of("patient")), "Feeling better", bookedAt);
		}
		return Appointment.restore(appointment.snapshot());
	}

}
