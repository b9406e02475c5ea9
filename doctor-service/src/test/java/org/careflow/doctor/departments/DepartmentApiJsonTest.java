package org.careflow.doctor.departments;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONCompareMode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import org.springframework.boot.test.json.JacksonTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON of the department API is a contract with its clients; these tests pin it. */
@JsonTest
class DepartmentApiJsonTest {

	@Autowired
	private JacksonTester<DepartmentRequest> request;

	@Autowired
	private JacksonTester<DepartmentResponse> response;

	@Autowired
	private JacksonTester<DepartmentSummary> summary;

	@Test
	void aDepartmentIsReadWithItsRoomsAndTheVersionRead() throws Exception {
		String json = """
				{"name":"Cardiology","description":"Hearts","location":"B 2",
				 "rooms":[{"name":"B201","beds":["1","2"]}],"version":3}
				""";

		DepartmentRequest read = this.request.parseObject(json);

		assertThat(read.readVersion()).isEqualTo(3);
		assertThat(read.content()).isEqualTo(
				new DepartmentContent("Cardiology", "Hearts", "B 2", List.of(new Room("B201", List.of("1", "2")))));
	}

	@Test
	void aDepartmentIsAnsweredWithItsRoomsVersionAndTimes() throws Exception {
		Department department = new Department("dep-1", DepartmentTestData.cardiology(), 2,
				Instant.parse("2026-12-01T08:00:00Z"), Instant.parse("2026-12-01T09:00:00Z"));

		assertThat(this.response.write(DepartmentResponse.of(department))).isEqualToJson("""
				{"id":"dep-1","name":"Cardiology","description":"Hearts","location":"Building B, 2nd floor",
				 "rooms":[{"name":"B201","beds":["1","2"]},{"name":"B202","beds":["1"]}],"version":2,
				 "createdAt":"2026-12-01T08:00:00Z","updatedAt":"2026-12-01T09:00:00Z"}
				""", JSONCompareMode.STRICT);
	}

	@Test
	void theListShowsNoRooms() throws Exception {
		assertThat(this.summary.write(new DepartmentSummary("dep-1", "Cardiology", null, "B 2", 0))).isEqualToJson("""
				{"id":"dep-1","name":"Cardiology","description":null,"location":"B 2","version":0}
				""", JSONCompareMode.STRICT);
	}

}
