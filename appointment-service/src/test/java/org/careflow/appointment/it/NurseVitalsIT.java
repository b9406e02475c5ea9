package org.careflow.appointment.it;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.careflow.testinfra.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A nurse records vital signs on the appointments due today in the doctor's time zone,
 * sees nothing of them but times, status and vitals, and does not see other days'.
 */
class NurseVitalsIT extends AgainstFakeScheduling {

	/**
	 * A start a few minutes from now, with the doctor's zone chosen so that it falls on
	 * today's date there (one of three zones twelve hours apart always does).
	 */
	Instant startingSoonToday() {
		Instant now = Instant.now();
		Instant start = now.plus(3, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
		String zone = Stream.of("UTC", "Pacific/Kiritimati", "Etc/GMT+12")
			.filter(candidate -> LocalDate.ofInstant(now, ZoneId.of(candidate))
				.equals(LocalDate.ofInstant(start, ZoneId.of(candidate))))
			.findFirst()
			.orElseThrow();
		scheduling.timeZone(zone);
		return start;
	}

	@Test
	void aNurseRecordsVitalsOnTodaysAppointmentAndIsShownOnlyTheVitals() {
		String id = bookedId(startingSoonToday());
		assertThat(checkIn(id, nurse).status()).isEqualTo(200);
		assertThat(visit(id, doctor, Map.of("notes", "Suspected angina")).status()).isEqualTo(200);

		ApiClient.Response vitals = visit(id, nurse, Map.of("systolic", 128, "diastolic", 82, "pulse", 72));

		assertThat(vitals.status()).isEqualTo(200);
		assertThat(fieldNames(vitals.body())).containsExactlyInAnyOrder("id", "status", "start", "end", "visit");
		assertThat(fieldNames(vitals.body().get("visit"))).containsExactlyInAnyOrder("systolic", "diastolic", "pulse",
				"recordedAt", "recordedBy");
		assertThat(vitals.body().get("visit").get("recordedBy").asString()).isEqualTo(NURSE_ID);
		assertThat(visit(id, nurse, Map.of("notes", "Looks fine")).status()).isEqualTo(403);

		JsonNode whole = this.api.get("/api/appointments/" + id, doctor).body();
		assertThat(whole.get("visit").get("notes").asString()).isEqualTo("Suspected angina");
		assertThat(whole.get("visit").get("systolic").asInt()).isEqualTo(128);
	}

	@Test
	void toANurseAnotherDaysAppointmentDoesNotExistAndTodaysCancelledOneCannotChange() {
		String later = bookedId(at("09:00"));
		String today = bookedId(startingSoonToday());
		assertThat(cancel(today, patient).status()).isEqualTo(200);

		assertThat(visit(later, nurse, Map.of("pulse", 72)).status()).isEqualTo(404);
		assertThat(visit(today, nurse, Map.of("pulse", 72)).status()).isEqualTo(422);
	}

	@Test
	void anEmptyVisitUpdateIsRefusedNamingVisitAndChangesNothing() {
		String id = bookedId(startingSoonToday());

		for (String caller : List.of(doctor, nurse)) {
			ApiClient.Response empty = visit(id, caller, Map.of());
			assertThat(empty.status()).isEqualTo(400);
			assertThat(empty.body().get("errors").get(0).get("field").asString()).isEqualTo("visit");
		}
		assertThat(this.api.get("/api/appointments/" + id, doctor).body().has("visit")).isFalse();
	}

	static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

}
