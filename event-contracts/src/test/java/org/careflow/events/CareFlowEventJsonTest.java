package org.careflow.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON form of events is a contract with other services: these tests pin it. */
class CareFlowEventJsonTest {

	private final JsonMapper json = JsonMapper.builder().build();

	private final Instant start = Instant.parse("2030-01-07T09:00:00Z");

	@Test
	void bookedEventIsWrittenWithItsStableNameAndEnvelopeFields() {
		AppointmentBooked booked = AppointmentBooked.of("a-1", "p-1", "d-1", start, start.plusSeconds(1800),
				"Europe/Paris");

		JsonNode node = json.readTree(json.writeValueAsString(booked));

		assertThat(node.get("type").asString()).isEqualTo("appointment.booked");
		assertThat(node.get("eventId").asString()).isEqualTo(booked.eventId().toString());
		assertThat(node.get("aggregateId").asString()).isEqualTo("a-1");
		assertThat(node.get("schemaVersion").asInt()).isEqualTo(1);
		assertThat(node.get("start").asString()).isEqualTo("2030-01-07T09:00:00Z");
		assertThat(node.has("@class")).isFalse();
	}

	@Test
	void appointmentEventsCarryNoFreeTextThatCouldHoldHealthData() {
		AppointmentBooked booked = AppointmentBooked.of("a-1", "p-1", "d-1", start, start.plusSeconds(1800), "UTC");
		AppointmentCancelled cancelled = AppointmentCancelled.of("a-1", "p-1", "d-1", start, start.plusSeconds(1800),
				"UTC");

		for (CareFlowEvent event : new CareFlowEvent[] { booked, cancelled }) {
			JsonNode node = json.readTree(json.writeValueAsString(event));
			assertThat(node.propertyNames()).containsExactlyInAnyOrder("type", "eventId", "aggregateId", "occurredAt",
					"schemaVersion", "patientId", "doctorId", "start", "end", "timeZone");
		}
	}

	@Test
	void lifecycleEventsAreWrittenWithTheirStableNamesAndOnlyIdsAndTimes() {
		Map<String, CareFlowEvent> byName = Map.of("appointment.entered-in-error",
				AppointmentEnteredInError.of("a-1", "p-1", "d-1", start, start.plusSeconds(1800), "UTC"),
				"appointment.checked-in", AppointmentCheckedIn.of("a-1", "p-1", "d-1", start), "appointment.fulfilled",
				AppointmentFulfilled.of("a-1", "p-1", "d-1", start), "appointment.noshow",
				AppointmentNoShow.of("a-1", "p-1", "d-1", start, start.plusSeconds(1800), "UTC"));

		byName.forEach((name, event) -> {
			JsonNode node = json.readTree(json.writeValueAsString(event));
			assertThat(node.get("type").asString()).isEqualTo(name);
			assertThat(node.propertyNames())
				.isSubsetOf("type", "eventId", "aggregateId", "occurredAt", "schemaVersion", "patientId", "doctorId",
						"start", "end", "timeZone")
				.contains("patientId", "doctorId", "start");
		});
	}

	@Test
	void everyEventTypeReadsBackAsTheSameRecord() {
		CareFlowEvent[] events = { PatientRegistered.of("p-1", "jane@example.org", "Jane", "Doe"),
				DoctorRegistered.of("d-1", "house@example.org", "Gregory", "House", "Internal Medicine"),
				AppointmentBooked.of("a-1", "p-1", "d-1", start, start.plusSeconds(1800), "UTC"),
				AppointmentBooked.overbooked("a-3", "p-3", "d-1", start, start.plusSeconds(1800), "UTC"),
				AppointmentCancelled.of("a-1", "p-1", "d-1", start, start.plusSeconds(1800), "UTC"),
				VisitUpdated.of("a-1", "p-1", "d-1"), AppointmentCheckedIn.of("a-1", "p-1", "d-1", start),
				AppointmentFulfilled.of("a-1", "p-1", "d-1", start),
				AppointmentNoShow.of("a-1", "p-1", "d-1", start, start.plusSeconds(1800), "UTC"),
				AppointmentRescheduled.of("a-2", "p-1", "d-1", start, start.plusSeconds(1800), "UTC", "a-1",
						start.minusSeconds(86400), start.minusSeconds(84600)),
				ScheduleBookingsWithdrawn.doctorUnavailable("d-1", List.of("a-1", "a-2")),
				ScheduleSlotsOpened.of("d-1",
						List.of(new ScheduleSlotsOpened.OpenedSlot(start, start.plusSeconds(1800)))),
				WaitlistOffered.of("w-1", "p-1", "d-1", start, start.plusSeconds(1800), "UTC", "o-1",
						start.minusSeconds(3600)),
				PatientNotificationPreferencesChanged.of("p-1", false, true) };

		for (CareFlowEvent event : events) {
			CareFlowEvent read = json.readValue(json.writeValueAsString(event), CareFlowEvent.class);
			assertThat(read).isEqualTo(event);
		}
	}

	@Test
	void aPreferenceChangeCarriesTheTwoChoicesAndNothingElse() {
		JsonNode node = json
			.readTree(json.writeValueAsString(PatientNotificationPreferencesChanged.of("p-1", false, true)));

		assertThat(node.get("type").asString()).isEqualTo("patient.notification-preferences-changed");
		assertThat(node.get("reminders").asBoolean()).isFalse();
		assertThat(node.get("visitSummaries").asBoolean()).isTrue();
		assertThat(node.propertyNames()).containsExactlyInAnyOrder("type", "eventId", "aggregateId", "occurredAt",
				"schemaVersion", "reminders", "visitSummaries");
	}

	@Test
	void readsAnEventWrittenByAnotherServiceAndIgnoresFieldsAddedLater() {
		String written = """
				{"type":"patient.registered","eventId":"%s","aggregateId":"p-9","occurredAt":"2030-01-01T00:00:00Z",
				 "schemaVersion":1,"email":"a@b.org","firstName":"A","lastName":"B","addedInAFutureVersion":true}
				""".formatted(UUID.randomUUID());

		CareFlowEvent event = JsonMapper.builder()
			.disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build()
			.readValue(written, CareFlowEvent.class);

		assertThat(event).isInstanceOf(PatientRegistered.class);
		assertThat(event.type()).isEqualTo(PatientRegistered.TYPE);
		assertThat(((PatientRegistered) event).email()).isEqualTo("a@b.org");
	}

	@Test
	void aRescheduleNamesBothAppointmentsAndBothTimesAndNothingElse() {
		AppointmentRescheduled moved = AppointmentRescheduled.of("a-2", "p-1", "d-1", start, start.plusSeconds(1800),
				"Europe/Paris", "a-1", start.minusSeconds(86400), start.minusSeconds(84600));

		JsonNode node = json.readTree(json.writeValueAsString(moved));

		assertThat(node.get("type").asString()).isEqualTo("appointment.rescheduled");
		assertThat(node.get("aggregateId").asString()).isEqualTo("a-2");
		assertThat(node.get("replacesId").asString()).isEqualTo("a-1");
		assertThat(node.get("previousStart").asString()).isEqualTo("2030-01-06T09:00:00Z");
		assertThat(node.propertyNames()).containsExactlyInAnyOrder("type", "eventId", "aggregateId", "occurredAt",
				"schemaVersion", "patientId", "doctorId", "start", "end", "timeZone", "replacesId", "previousStart",
				"previousEnd");
	}

	@Test
	void aForcedScheduleChangeListsTheAppointmentsWithAReasonCodeNotText() {
		ScheduleBookingsWithdrawn withdrawn = ScheduleBookingsWithdrawn.doctorUnavailable("d-1", List.of("a-1"));

		JsonNode node = json.readTree(json.writeValueAsString(withdrawn));

		assertThat(node.get("type").asString()).isEqualTo("schedule.bookings-withdrawn");
		assertThat(node.get("aggregateId").asString()).isEqualTo("d-1");
		assertThat(node.get("appointmentIds").get(0).asString()).isEqualTo("a-1");
		assertThat(node.get("reason").asString()).isEqualTo("doctor-unavailable");
	}

	@Test
	void openedSlotsAreListedByTheirTimesAndNothingElse() {
		ScheduleSlotsOpened opened = ScheduleSlotsOpened.of("d-1",
				List.of(new ScheduleSlotsOpened.OpenedSlot(start, start.plusSeconds(1800)),
						new ScheduleSlotsOpened.OpenedSlot(start.plusSeconds(1800), start.plusSeconds(3600))));

		JsonNode node = json.readTree(json.writeValueAsString(opened));

		assertThat(node.get("type").asString()).isEqualTo("schedule.slots-opened");
		assertThat(node.get("aggregateId").asString()).isEqualTo("d-1");
		assertThat(node.propertyNames()).containsExactlyInAnyOrder("type", "eventId", "aggregateId", "occurredAt",
				"schemaVersion", "slots");
		assertThat(node.get("slots")).hasSize(2);
		assertThat(node.get("slots").get(1).propertyNames()).containsExactlyInAnyOrder("start", "end");
		assertThat(node.get("slots").get(1).get("start").asString()).isEqualTo("2030-01-07T09:30:00Z");
		assertThat(node.get("slots").get(1).get("end").asString()).isEqualTo("2030-01-07T10:00:00Z");
		assertThat(ScheduleSlotsOpened.MAX_SLOTS).isEqualTo(500);
	}

	@Test
	void anOverbookingSaysSoAndAnOrdinaryBookingCarriesNoSuchField() {
		JsonNode extra = json.readTree(json.writeValueAsString(
				AppointmentBooked.overbooked("a-2", "p-2", "d-1", start, start.plusSeconds(1800), "UTC")));
		JsonNode ordinary = json.readTree(json
			.writeValueAsString(AppointmentBooked.of("a-1", "p-1", "d-1", start, start.plusSeconds(1800), "UTC")));

		assertThat(extra.get("overbooked").asBoolean()).isTrue();
		assertThat(ordinary.has("overbooked")).isFalse();
		assertThat(json.readValue(ordinary.toString(), CareFlowEvent.class))
			.isInstanceOfSatisfying(AppointmentBooked.class, booked -> assertThat(booked.overbooked()).isNull());
	}

	@Test
	void visitUpdatedCarriesNoHealthData() {
		JsonNode node = json.readTree(json.writeValueAsString(VisitUpdated.of("a-1", "p-1", "d-1")));

		assertThat(node.propertyNames()).containsExactlyInAnyOrder("type", "eventId", "aggregateId", "occurredAt",
				"schemaVersion", "patientId", "doctorId");
	}

	@Test
	void chartEventsCarryIdsAndTimesOnlyAndReadBackAsTheirType() {
		Instant validUntil = Instant.parse("2030-04-07T00:00:00Z");
		Map<String, CareFlowEvent> byName = Map.of("prescription.created",
				PrescriptionCreated.of("rx-1", "p-1", "d-1", validUntil), "prescription.filled",
				PrescriptionFilled.of("rx-1", "p-1", "ph-1", 2), "prescription.revoked",
				PrescriptionRevoked.of("rx-1", "p-1", "cancelled"), "chart.entry-created",
				ChartEntryCreated.of("r-1", "p-1", "record", "d-1"));
		Map<String, List<String>> extraFields = Map.of("prescription.created",
				List.of("patientId", "prescriberId", "validUntil"), "prescription.filled",
				List.of("patientId", "pharmacistId", "refillsRemaining"), "prescription.revoked",
				List.of("patientId", "status"), "chart.entry-created",
				List.of("patientId", "resourceType", "authorId"));

		assertCarryExactlyAndReadBack(byName, extraFields);
	}

	@Test
	void peopleAndPlacesEventsCarryWhereAndWhoButNothingClinicalAndReadBackAsTheirType() {
		Map<String, CareFlowEvent> byName = Map.of("department.saved",
				DepartmentSaved.of("dep-1", "Cardiology",
						List.of(new DepartmentSaved.RoomBeds("101", List.of("A", "B")))),
				"department.removed", DepartmentRemoved.of("dep-1"), "doctor.updated",
				DoctorUpdated.of("d-1", "Gregory", "House", "Internal Medicine", "dep-1", true), "patient.admitted",
				PatientAdmitted.of("p-1", "adm-1", "dep-1", "101", "A"), "patient.discharged",
				PatientDischarged.of("p-1", "adm-1", "dep-1", "101", "A"), "patient.deactivated",
				PatientDeactivated.of("p-1"), "patient.updated",
				PatientUpdated.of("p-1", "jane@example.org", "Jane", "Doe"), "patient.anonymised",
				PatientAnonymised.of("p-1"));
		Map<String, List<String>> extraFields = Map.of("department.saved", List.of("name", "rooms"),
				"department.removed", List.of(), "doctor.updated",
				List.of("firstName", "lastName", "specialty", "departmentId", "active"), "patient.admitted",
				List.of("admissionId", "departmentId", "room", "bed"), "patient.discharged",
				List.of("admissionId", "departmentId", "room", "bed"), "patient.deactivated", List.of(),
				"patient.updated", List.of("email", "firstName", "lastName"), "patient.anonymised", List.of());

		assertCarryExactlyAndReadBack(byName, extraFields);
	}

	/**
	 * Each event is written with its stable name, the envelope and exactly the named
	 * extra fields (so nothing more leaves the service by accident), and reads back as
	 * itself.
	 */
	private void assertCarryExactlyAndReadBack(Map<String, CareFlowEvent> byName,
			Map<String, List<String>> extraFields) {
		byName.forEach((name, event) -> {
			String written = json.writeValueAsString(event);
			JsonNode node = json.readTree(written);
			assertThat(node.get("type").asString()).isEqualTo(name);
			List<String> expected = new ArrayList<>(
					List.of("type", "eventId", "aggregateId", "occurredAt", "schemaVersion"));
			expected.addAll(extraFields.get(name));
			assertThat(node.propertyNames()).containsExactlyInAnyOrderElementsOf(expected);
			assertThat(json.readValue(written, CareFlowEvent.class)).isEqualTo(event);
		});
	}

}
