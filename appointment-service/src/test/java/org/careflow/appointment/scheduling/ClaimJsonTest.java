package org.careflow.appointment.scheduling;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import org.springframework.boot.test.json.JacksonTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The claim JSON is the contract with the scheduling service's /internal/slot-claims. */
@JsonTest
class ClaimJsonTest {

	@Autowired
	private JacksonTester<SchedulingClient.ClaimRequest> request;

	@Autowired
	private JacksonTester<SchedulingClient.ClaimResponse> response;

	@Test
	void sendsDoctorStartAppointmentAndThePatientItIsFor() throws Exception {
		assertThat(this.request.write(new SchedulingClient.ClaimRequest("doctor-1",
				Instant.parse("2030-01-07T08:00:00Z"), "appt-1", "patient-1", null)))
			.isStrictlyEqualToJson(
					"""
							{"doctorId":"doctor-1","start":"2030-01-07T08:00:00Z","appointmentId":"appt-1","patientId":"patient-1"}
							""");
	}

	@Test
	void readsTheClaimedSlotsEndAndZone() throws Exception {
		SchedulingClient.ClaimResponse claim = this.response.parseObject(
				"""
						{"doctorId":"doctor-1","start":"2030-01-07T08:00:00Z","end":"2030-01-07T08:30:00Z","timeZone":"Europe/Paris"}
						""");

		assertThat(claim.end()).isEqualTo(Instant.parse("2030-01-07T08:30:00Z"));
		assertThat(claim.timeZone()).isEqualTo("Europe/Paris");
	}

}
