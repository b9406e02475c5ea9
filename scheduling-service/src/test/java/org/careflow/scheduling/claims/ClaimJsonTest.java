package org.careflow.scheduling.claims;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import org.springframework.boot.test.json.JacksonTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The claim and release JSON is a contract with the appointment service. */
@JsonTest
class ClaimJsonTest {

	@Autowired
	private JacksonTester<ClaimController.ClaimRequest> request;

	@Autowired
	private JacksonTester<ClaimController.ClaimResponse> response;

	@Autowired
	private JacksonTester<ReleaseController.ReleaseRequest> releaseRequest;

	@Autowired
	private JacksonTester<ReleaseController.ReleaseResponse> releaseResponse;

	@Test
	void readsTheClaimTheAppointmentServiceSends() throws Exception {
		ClaimController.ClaimRequest read = this.request.parseObject("""
				{"doctorId":"doctor-1","start":"2030-01-07T08:00:00Z","appointmentId":"appt-1","patientId":"patient-1"}
				""");

		assertThat(read).isEqualTo(new ClaimController.ClaimRequest("doctor-1", Instant.parse("2030-01-07T08:00:00Z"),
				"appt-1", "patient-1", null));
	}

	@Test
	void readsTheHoldTheClaimMayName() throws Exception {
		ClaimController.ClaimRequest read = this.request.parseObject("""
				{"doctorId":"doctor-1","start":"2030-01-07T08:00:00Z","appointmentId":"appt-1","patientId":"patient-1",
				 "holdId":"6a1f0c2e-0b7d-4c55-8d0e-1f2a3b4c5d6e"}
				""");

		assertThat(read.holdId()).isEqualTo("6a1f0c2e-0b7d-4c55-8d0e-1f2a3b4c5d6e");
	}

	@Test
	void writesInstantsAsIsoStringsAndTheDoctorsZone() throws Exception {
		ClaimController.ClaimResponse claim = new ClaimController.ClaimResponse("doctor-1",
				Instant.parse("2030-01-07T08:00:00Z"), Instant.parse("2030-01-07T08:30:00Z"), "Europe/Paris");

		assertThat(this.response.write(claim)).isEqualToJson(
				"""
						{"doctorId":"doctor-1","start":"2030-01-07T08:00:00Z","end":"2030-01-07T08:30:00Z","timeZone":"Europe/Paris"}
						""");
	}

	@Test
	void readsTheReleaseTheAppointmentServiceSends() throws Exception {
		ReleaseController.ReleaseRequest read = this.releaseRequest.parseObject("""
				{"doctorId":"doctor-1","start":"2030-01-07T08:00:00Z","appointmentId":"appt-1"}
				""");

		assertThat(read).isEqualTo(
				new ReleaseController.ReleaseRequest("doctor-1", Instant.parse("2030-01-07T08:00:00Z"), "appt-1"));
	}

	@Test
	void writesWhetherTheReleaseFreedTheSlot() throws Exception {
		assertThat(this.releaseResponse.write(new ReleaseController.ReleaseResponse(false)))
			.isEqualToJson("{\"released\":false}");
	}

}
