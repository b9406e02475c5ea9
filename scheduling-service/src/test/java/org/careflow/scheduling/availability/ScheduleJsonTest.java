package org.careflow.scheduling.availability;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import org.springframework.boot.test.json.JacksonTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The schedule's JSON is what doctors' and admins' clients send and read. */
@JsonTest
class ScheduleJsonTest {

	@Autowired
	private JacksonTester<ScheduleRequest> request;

	@Autowired
	private JacksonTester<ScheduleResponse> response;

	@Test
	void readsTheWeeklyHoursAClientSends() throws Exception {
		String json = """
				{"timeZone":"Europe/Paris","slotMinutes":30,
				 "weeklyHours":[{"day":"MONDAY","start":"09:00","end":"12:00"},{"day":"friday","start":"14:00","end":"17:00"}]}
				""";

		WeeklySchedule schedule = this.request.parseObject(json).toSchedule("doctor-1");

		assertThat(schedule.zone().getId()).isEqualTo("Europe/Paris");
		assertThat(schedule.slotMinutes()).isEqualTo(30);
		assertThat(schedule.hours()).containsExactly(
				new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
				new WorkingHours(DayOfWeek.FRIDAY, LocalTime.of(14, 0), LocalTime.of(17, 0)));
	}

	@Test
	void writesDaysByNameAndTimesAsHoursAndMinutes() throws Exception {
		WeeklySchedule schedule = WeeklySchedule.of("doctor-1", "Europe/Paris", 30,
				List.of(new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))));

		assertThat(this.response.write(ScheduleResponse.of(DoctorAvailability.of(schedule)))).isEqualToJson("""
				{"doctorId":"doctor-1","timeZone":"Europe/Paris","slotMinutes":30,
				 "weeklyHours":[{"day":"MONDAY","start":"09:00","end":"12:00"}],
				 "minNoticeMinutes":120,"maxDaysAhead":90,"bufferMinutes":0}
				""");
	}

}
