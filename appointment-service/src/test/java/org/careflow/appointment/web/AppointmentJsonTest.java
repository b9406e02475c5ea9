package org.careflow.appointment.web;

import java.time.Instant;
import java.util.Set;

import org.careflow.appointment.domain.Actor;
import org.careflow.appointment.domain.Appointment;
import org.careflow.appointment.domain.BookedSlot;
import org.careflow.appointment.domain.VisitEntry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import org.springframework.boot.test.json.JacksonTester;
import org.springframework.boot.test.json.JsonContent;

import static org.assertj.core.api.Assertions.assertThat;

/** The appointment JSON is what patient portals and front-desk apps read and send. */
@JsonTest
class AppointmentJsonTest {

	static final Instant NOW = Instant.parse("2030-01-06T12:00:00Z");

	static final Instant START = Instant.parse("2030-01-07T08:00:00Z");

	@Autowired
	private JacksonTester<BookingRequest> booking;

	@Autowired
	private JacksonTester<VisitRequest> visit;

	@Autowired
	private JacksonTester<AppointmentResponse> response;

	@Autowired
	private JacksonTester<VitalsResponse> vitals;

	private static Appointment appointment() {
		return Appointment.book("appt-1", "patient-1",
				new BookedSlot("doctor-1", START, START.plusSeconds(1800), "Europe/Paris"), "Cough", NOW);
	}

	@Test
	void readsABookingWithAnIsoInstant() throws Exception {
		assertThat(this.booking.parseObject("""
				{"doctorId":"doctor-1","start":"2030-01-07T08:00:00Z","reason":"Cough"}
				""")).isEqualTo(new BookingRequest("doctor-1", START, "Cough", null));
	}

	@Test
	void readsVitalsAndNotes() throws Exception {
		assertThat(this.visit.parseObject("""
				{"systolic":120,"diastolic":80,"pulse":70,"oxygenSaturation":98,"notes":"Fine"}
				""")).isEqualTo(new VisitRequest(120, 80, 70, 98, "Fine"));
	}

	@Test
	void aNewBookingShowsItsStatusTimesAndHistoryButNoVisit() throws Exception {
		JsonContent<AppointmentResponse> json = this.response.write(AppointmentResponse.of(appointment()));

		assertThat(json).isEqualToJson("""
				{"id":"appt-1","patientId":"patient-1","doctorId":"doctor-1","start":"2030-01-07T08:00:00Z",
				 "end":"2030-01-07T08:30:00Z","timeZone":"Europe/Paris","reason":"Cough","status":"booked",
				 "history":[{"status":"booked","at":"2030-01-06T12:00:00Z","by":"patient-1"}]}
				""");
		assertThat(json).doesNotHaveJsonPath("$.visit");
		assertThat(json).doesNotHaveJsonPath("$.cancellationReason");
	}

	@Test
	void eachStepOfTheHistorySaysFromWhatAndWhyButNothingUnknown() throws Exception {
		Appointment appointment = appointment();
		appointment.cancel(new Actor("patient-1", Set.of("patient")), "Feeling better", NOW);

		JsonContent<AppointmentResponse> json = this.response.write(AppointmentResponse.of(appointment));

		assertThat(json).isStrictlyEqualToJson("""
				{"id":"appt-1","patientId":"patient-1","doctorId":"doctor-1","start":"2030-01-07T08:00:00Z",
				 "end":"2030-01-07T08:30:00Z","timeZone":"Europe/Paris","reason":"Cough","status":"cancelled",
				 "cancellationReason":"Feeling better",
				 "history":[{"status":"booked","at":"2030-01-06T12:00:00Z","by":"patient-1"},
				            {"status":"cancelled","at":"2030-01-06T12:00:00Z","by":"patient-1","from":"booked",
				             "reason":"Feeling better"}]}
				""");
	}

	@Test
	void aRecordedVisitShowsItsVitalsNotesAndAuthor() throws Exception {
		Appointment appointment = appointment();
		appointment.recordVisit(new Actor("doctor-1", Set.of("doctor")), new VisitEntry(120, 80, null, 98, "Fine"),
				START);

		JsonContent<AppointmentResponse> json = this.response.write(AppointmentResponse.of(appointment));

		assertThat(json).extractingJsonPathNumberValue("$.visit.systolic").isEqualTo(120);
		assertThat(json).extractingJsonPathStringValue("$.visit.notes").isEqualTo("Fine");
		assertThat(json).extractingJsonPathStringValue("$.visit.recordedBy").isEqualTo("doctor-1");
		assertThat(json).extractingJsonPathStringValue("$.visit.recordedAt").isEqualTo("2030-01-07T08:00:00Z");
		assertThat(json).doesNotHaveJsonPath("$.visit.pulse");
	}

	@Test
	void aNurseSeesTheTimesStatusAndVitalsButNoReasonNotesHistoryOrIds() throws Exception {
		Appointment appointment = appointment();
		appointment.recordVisit(new Actor("doctor-1", Set.of("doctor")),
				new VisitEntry(120, 80, 70, 98, "Suspected pneumonia"), START);
		Actor nurse = new Actor("nurse-1", Set.of("nurse"));

		AppointmentView view = AppointmentView.of(appointment, nurse);

		assertThat(view).isInstanceOf(VitalsResponse.class);
		JsonContent<VitalsResponse> json = this.vitals.write((VitalsResponse) view);

		assertThat(json).isStrictlyEqualToJson("""
				{"id":"appt-1","status":"booked","start":"2030-01-07T08:00:00Z","end":"2030-01-07T08:30:00Z",
				 "visit":{"systolic":120,"diastolic":80,"pulse":70,"oxygenSaturation":98,
				          "recordedAt":"2030-01-07T08:00:00Z","recordedBy":"doctor-1"}}
				""");
	}

	@Test
	void itsPatientAndItsDoctorSeeTheWholeAppointment() {
		Appointment appointment = appointment();

		assertThat(AppointmentView.of(appointment, new Actor("doctor-1", Set.of("doctor"))))
			.isInstanceOf(AppointmentResponse.class);
		assertThat(AppointmentView.of(appointment, new Actor("patient-1", Set.of("patient"))))
			.isInstanceOf(AppointmentResponse.class);
	}

}
