package org.careflow.systemtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.careflow.testinfra.OpenApiCoverage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import org.careflow.systemtest.AuthorizationMatrix.Row;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the whole authorization matrix with real Keycloak tokens, through the gateway and
 * straight at each service: every cell that answers otherwise fails, naming the cell.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

	private final AuthorizationMatrix matrix = AuthorizationMatrix.load();

	private SystemStack stack;

	private MatrixFixture fixture;

	@BeforeAll
	void fixture() {
		this.stack = SystemStack.get();
		this.fixture = MatrixFixture.create(this.stack.api(), this.stack.clinic());
	}

	@TestFactory
	Stream<DynamicTest> everyCallerGetsWhatTheMatrixSays() {
		List<DynamicTest> cells = new ArrayList<>();
		for (Row row : this.matrix.rows()) {
			for (Map.Entry<String, Integer> cell : row.expected().entrySet()) {
				cells.add(DynamicTest.dynamicTest(row.method() + " " + row.path() + " via " + row.via() + " as "
						+ cell.getKey() + " -> " + cell.getValue(), () -> check(row, cell.getKey(), cell.getValue())));
			}
		}
		return cells.stream();
	}

	private void check(Row row, String caller, int expected) {
		Api api = "gateway".equals(row.via()) ? this.stack.api() : this.stack.serviceApi(row.service());
		String appointment = switch (row.fixture()) {
			case "shared" -> this.fixture.sharedAppointment;
			case "fresh" -> this.fixture.freshAppointment();
			case "today" -> this.fixture.todaysAppointment();
			case "exception" -> this.fixture.freshException();
			case "hold" -> this.fixture.freshHold();
			case "waitlist" -> this.fixture.freshWaitlistEntry();
			case "record" -> this.fixture.freshRecord();
			case "procedure" -> this.fixture.freshProcedure();
			case "vaccine" -> this.fixture.freshVaccine();
			case "allergy" -> this.fixture.freshAllergy();
			case "prescription" -> this.fixture.freshPrescription();
			case "department" -> this.fixture.freshDepartment();
			case "leaving-patient" -> this.fixture.freshLeavingPatient();
			case "ward" -> this.fixture.ward();
			case "admitted" -> this.fixture.admitted();
			case "admission" -> this.fixture.finishedAdmission();
			case "throwaway-doctor" -> UUID.randomUUID().toString();
			case "staff-member" -> this.fixture.freshStaffMember();
			case "webhook" -> this.fixture.freshWebhook();
			default -> null;
		};
		String replacement = null;
		Api.Reply created = null;
		try {
			if (row.path().equals(AuthorizationMatrix.LIVE_STREAM_PATH)) {
				assertThat(api.statusOfStream(row.path(), this.fixture.tokenOf(caller)))
					.as("GET %s via %s as %s", row.path(), row.via(), caller)
					.isEqualTo(expected);
				return;
			}
			// a doctor nobody has stands in the path where a call would change the doctor
			String template = "throwaway-doctor".equals(row.fixture()) ? row.path().replace("{doctorId}", appointment)
					: row.path();
			Api.Reply reply = api.call(row.method(), this.fixture.path(template, appointment),
					this.fixture.tokenOf(caller), this.fixture.body(row.body(), caller));
			if (reply.status() == 201 && row.path().endsWith("/reschedule")) {
				// the appointment that replaced the fixture's, to be given back as well
				replacement = reply.text("id");
			}
			if (reply.status() < 300 && row.method().equals("POST")) {
				created = reply;
			}
			assertThat(reply.status()).as("%s %s via %s as %s: %s", row.method(), row.path(), row.via(), caller, reply)
				.isEqualTo(expected);
		}
		finally {
			if ("fresh".equals(row.fixture()) || "today".equals(row.fixture())) {
				this.fixture.discard(appointment);
			}
			if (replacement != null) {
				this.fixture.discard(replacement);
			}
			discardWhatTheCellLeft(row, appointment, created);
		}
	}

	@Test
	void theReadmeShowsTheSameMatrix() throws Exception {
		String readme = Files.readString(SystemStack.repositoryRoot().resolve("README.md"));

		for (Row row : this.matrix.rows()) {
			assertThat(readme).as("README row for %s %s via %s", row.method(), row.path(), row.via())
				.contains(row.asMarkdown());
		}
	}

	/**
	 * Holds, waitlist entries and blocks a cell made or was given are removed again: a
	 * patient has three hold seats and five waitlist places, and blocks would pile up.
	 */
	private void discardWhatTheCellLeft(Row row, String fixtureId, Api.Reply created) {
		switch (row.fixture()) {
			case "hold" -> this.fixture.discardHold(fixtureId);
			case "waitlist" -> this.fixture.discardWaitlistEntry(fixtureId);
			case "exception" -> this.fixture.discardException(fixtureId);
			case "ward", "admitted" -> this.fixture.emptyTheWard();
			case "webhook" -> this.fixture.discardWebhook(fixtureId);
			default -> {
			}
		}
		if (created == null || created.body() == null) {
			return;
		}
		if (row.route().equals("/api/slots/holds")) {
			this.fixture.discardHold(created.text("holdId"));
		}
		else if (row.route().equals("/api/waitlist")) {
			this.fixture.discardWaitlistEntry(created.text("id"));
		}
		else if (row.route().endsWith("/exceptions")) {
			this.fixture.discardException(created.text("id"));
		}
		else if (row.route().equals("/api/webhooks")) {
			// the clinic holds at most 50 subscriptions
			this.fixture.discardWebhook(created.text("id"));
		}
	}

	/**
	 * Before removing a department, doctor-service asks patient-service (with its own
	 * service token) who lies in its beds: the ward with the patient in its bed stays,
	 * and the 409 names the patient and the ward's staff.
	 */
	@Test
	void aWardWithAPatientInItsBedIsNotRemoved() {
		String ward = this.fixture.ward();
		this.fixture.freshStaffMember();
		this.fixture.admitted();
		try {
			Api.Reply refused = this.stack.api()
				.call("DELETE", "/api/departments/" + ward, this.fixture.admin.token(), null);

			assertThat(refused.status()).as("%s", refused).isEqualTo(409);
			assertThat(refused.body().path("admittedPatientIds").valueStream().map((id) -> id.asString()))
				.containsExactly(this.fixture.patient.id());
			// the ward has many staff by now (one per matrix cell that needed one): the
			// 409
			// names 20 at most, so count them rather than look for this one
			assertThat(refused.body().path("staffIds").size()).isBetween(1, 20);
			assertThat(refused.body().path("staffCount").asLong()).isPositive();
		}
		finally {
			this.fixture.emptyTheWard();
		}
	}

	@Test
	void serviceOnlyEndpointsAreTriedWithEveryCallerBothWaysAndOnlyAServiceGetsIn() {
		for (String path : AuthorizationMatrix.SERVICE_ONLY_PATHS) {
			List<Row> rows = this.matrix.rows().stream().filter((row) -> row.route().equals(path)).toList();
			assertThat(rows).as(path).extracting(Row::via).contains("gateway", "direct");
			for (Row row : rows) {
				assertThat(row.expected()).as("%s via %s", path, row.via())
					.containsOnlyKeys(AuthorizationMatrix.CALLERS);
				row.expected().forEach((caller, status) -> {
					boolean admitted = row.via().equals("direct") && caller.equals("service-account");
					assertThat(status < 300).as("%s via %s for %s", path, row.via(), caller).isEqualTo(admitted);
				});
			}
		}
	}

	@Test
	void theStepsOfTheAppointmentsDayAreTriedWithEveryCallerBothWaysOnTodaysAppointment() {
		for (String path : AuthorizationMatrix.APPOINTMENT_DAY_PATHS) {
			List<Row> rows = this.matrix.rows().stream().filter((row) -> row.route().equals(path)).toList();
			assertThat(rows).as(path).extracting(Row::via).containsExactlyInAnyOrder("gateway", "direct");
			for (Row row : rows) {
				assertThat(row.fixture()).as("%s via %s", path, row.via()).isEqualTo("today");
				assertThat(row.expected()).as("%s via %s", path, row.via())
					.containsOnlyKeys(AuthorizationMatrix.CALLERS);
				assertThat(row.expected()).as("patients never run the day").containsEntry("patient-own", 403);
				assertThat(row.expected()).as("another doctor does not learn it exists")
					.containsEntry("doctor-other", 404);
			}
		}
	}

	@Test
	void theEndpointsOfAClinicsDayAreTriedWithEveryCallerBothWaysAndAdmitSomeoneButNoStranger() {
		for (String path : AuthorizationMatrix.CLINIC_DAY_PATHS) {
			List<Row> rows = this.matrix.rows().stream().filter((row) -> row.path().equals(path)).toList();
			assertThat(rows).as(path).extracting(Row::via).contains("gateway", "direct");
			for (Row row : rows) {
				assertThat(row.expected()).as("%s %s via %s", row.method(), path, row.via())
					.containsOnlyKeys(AuthorizationMatrix.CALLERS)
					.containsEntry("anonymous", 401);
				assertThat(row.expected().values()).as("%s %s admits someone", row.method(), path)
					.anyMatch((status) -> status < 300 || status == 404);
			}
		}
	}

	@Test
	void theMessageLogIsTriedWithEveryCallerBothWaysAndOnlyThePatientAndAnAdminReadIt() {
		for (String path : AuthorizationMatrix.MESSAGE_LOG_PATHS) {
			List<Row> rows = this.matrix.rows().stream().filter((row) -> row.path().equals(path)).toList();
			assertThat(rows).as(path).extracting(Row::via).containsExactlyInAnyOrder("gateway", "direct");
			for (Row row : rows) {
				assertThat(row.expected()).as("%s via %s", path, row.via())
					.containsOnlyKeys(AuthorizationMatrix.CALLERS)
					.containsEntry("patient-own", 200);
				row.expected()
					.forEach((caller,
							status) -> assertThat(
									status < 300 && !caller.startsWith("patient") && !caller.equals("admin"))
								.as("%s via %s lets %s read a patient's messages", path, row.via(), caller)
								.isFalse());
			}
		}
	}

	@Test
	void theDeadLetterReplayIsTriedWithEveryCallerBothWaysAndIsAnAdminsAlone() {
		List<Row> rows = this.matrix.rows()
			.stream()
			.filter((row) -> row.path().equals(AuthorizationMatrix.DEAD_LETTER_REPLAY_PATH))
			.toList();
		assertThat(rows).extracting(Row::via).containsExactlyInAnyOrder("gateway", "direct");
		for (Row row : rows) {
			assertThat(row.expected()).containsOnlyKeys(AuthorizationMatrix.CALLERS);
			row.expected()
				.forEach((caller, status) -> assertThat(status < 300)
					.as("%s via %s for %s", row.path(), row.via(), caller)
					.isEqualTo(caller.equals("admin")));
		}
	}

	@Test
	void everyNotificationMappingHasItsRowsForEveryCallerBothWays() {
		assertEveryMappingHasItsRowsForEveryCallerBothWays(AuthorizationMatrix.NOTIFICATION_MAPPINGS);
	}

	/**
	 * Each controller mapping (as the controller writes it) has rows for every caller
	 * through the gateway and directly.
	 * @param mappings the mapping and the matrix route that tries it
	 */
	private void assertEveryMappingHasItsRowsForEveryCallerBothWays(Map<String, String> mappings) {
		mappings.forEach((mapping, path) -> {
			List<Row> rows = this.matrix.rows().stream().filter((row) -> row.route().equals(path)).toList();
			assertThat(rows).as("%s (%s)", mapping, path).extracting(Row::via).contains("gateway", "direct");
			rows.forEach((row) -> assertThat(row.expected()).as("%s %s via %s", row.method(), mapping, row.via())
				.containsOnlyKeys(AuthorizationMatrix.CALLERS));
		});
	}

	@Test
	void theLiveStreamIsTriedWithEveryCallerBothWays() {
		List<Row> rows = this.matrix.rows()
			.stream()
			.filter((row) -> row.path().equals(AuthorizationMatrix.LIVE_STREAM_PATH))
			.toList();
		assertThat(rows).extracting(Row::via).containsExactlyInAnyOrder("gateway", "direct");
		rows.forEach((row) -> assertThat(row.expected()).as("via %s", row.via())
			.containsOnlyKeys(AuthorizationMatrix.CALLERS)
			.containsEntry("anonymous", 401)
			.containsEntry("patient-own", 200)
			.containsEntry("pharmacist", 403));
	}

	@Test
	void emailsLinksAreTriedWithEveryCallerBothWaysAndTheCallerChangesNothing() {
		for (String mapping : AuthorizationMatrix.LINK_MAPPINGS) {
			for (String method : List.of("GET", "POST")) {
				List<Row> rows = this.matrix.rows()
					.stream()
					.filter((row) -> row.route().equals(mapping) && row.method().equals(method))
					.toList();
				assertThat(rows).as("%s %s", method, mapping)
					.extracting(Row::via)
					.containsExactlyInAnyOrder("gateway", "direct");
				rows.forEach((row) -> assertThat(row.expected()).as("%s %s via %s", method, row.path(), row.via())
					.containsOnlyKeys(AuthorizationMatrix.CALLERS)
					.satisfies((expected) -> assertThat(Set.copyOf(expected.values())).containsExactly(400)));
			}
		}
	}

	@Test
	void everyMappingOfAChartEntryHasItsRowsForEveryCallerBothWays() {
		assertEveryMappingHasItsRowsForEveryCallerBothWays(AuthorizationMatrix.CHART_MAPPINGS);
	}

	@Test
	void everyMappingOfTheDirectoryHasItsRowsForEveryCallerBothWays() {
		assertEveryMappingHasItsRowsForEveryCallerBothWays(AuthorizationMatrix.DIRECTORY_MAPPINGS);
	}

	@Test
	void everyMappingOfPeopleAndPlacesHasItsRowsForEveryCallerBothWays() {
		assertEveryMappingHasItsRowsForEveryCallerBothWays(AuthorizationMatrix.PEOPLE_AND_PLACES_MAPPINGS);
	}

	@Test
	void everyMappingOfAccountsHasItsRowsForEveryCallerBothWays() {
		assertEveryMappingHasItsRowsForEveryCallerBothWays(AuthorizationMatrix.ACCOUNT_MAPPINGS);
	}

	@Test
	void everyMappingOfAnAppointmentHasItsRowsForEveryCallerBothWays() {
		assertEveryMappingHasItsRowsForEveryCallerBothWays(AuthorizationMatrix.APPOINTMENT_MAPPINGS);
	}

	@Test
	void theChartIsTriedWithEveryCallerBothWaysAndNoStrangerNorPharmacistGetsIn() {
		AuthorizationMatrix.CHART_ENDPOINTS.forEach((endpoint) -> {
			List<Row> rows = rowsOf(endpoint);
			assertThat(rows).as(endpoint).extracting(Row::via).containsExactlyInAnyOrder("gateway", "direct");
			for (Row row : rows) {
				assertThat(row.expected()).as("%s via %s", endpoint, row.via())
					.containsOnlyKeys(AuthorizationMatrix.CALLERS)
					.containsEntry("anonymous", 401)
					.containsEntry("pharmacist", 403)
					.containsEntry("service-account", 403);
				assertThat(row.expected().get("doctor-other"))
					.as("%s via %s: a doctor outside care", endpoint, row.via())
					.isIn(400, 403);
				if (!row.method().equals("GET")) {
					assertThat(row.expected()).as("%s via %s: patients write none of it", endpoint, row.via())
						.containsEntry("patient-own", 403);
				}
			}
		});
	}

	@Test
	void prescriptionsAreTriedWithEveryCallerBothWaysAndAPharmacistOnlyReadsOneAndFillsIt() {
		AuthorizationMatrix.PRESCRIPTION_ENDPOINTS.forEach((endpoint) -> {
			List<Row> rows = rowsOf(endpoint);
			assertThat(rows).as(endpoint).extracting(Row::via).containsExactlyInAnyOrder("gateway", "direct");
			boolean pharmacistsWork = AuthorizationMatrix.PHARMACIST_PRESCRIPTION_ENDPOINTS.contains(endpoint);
			for (Row row : rows) {
				assertThat(row.expected()).as("%s via %s", endpoint, row.via())
					.containsOnlyKeys(AuthorizationMatrix.CALLERS)
					.containsEntry("anonymous", 401)
					.containsEntry("nurse", 403)
					.containsEntry("service-account", 403);
				assertThat(row.expected().get("pharmacist") < 300).as("%s via %s: a pharmacist", endpoint, row.via())
					.isEqualTo(pharmacistsWork);
				assertThat(row.expected().get("doctor-other"))
					.as("%s via %s: a doctor outside care", endpoint, row.via())
					.isIn(400, 403);
				if (!row.method().equals("GET")) {
					assertThat(row.expected()).as("%s via %s: patients write none of it", endpoint, row.via())
						.containsEntry("patient-own", 403);
				}
			}
		});
	}

	@Test
	void documentVerificationIsPublicAndTheSameForEveryCallerBothWays() {
		List<Row> rows = this.matrix.rows()
			.stream()
			.filter((row) -> row.path().equals(AuthorizationMatrix.DOCUMENT_VERIFICATION_PATH))
			.toList();
		assertThat(rows).extracting(Row::via).containsExactlyInAnyOrder("gateway", "direct");
		rows.forEach((row) -> assertThat(row.expected()).containsOnlyKeys(AuthorizationMatrix.CALLERS)
			.allSatisfy((caller, status) -> assertThat(status).isEqualTo(400)));
	}

	/**
	 * The OpenAPI documents (as an integrator reads them, through the gateway) and the
	 * matrix describe the same API: every documented operation has its rows, and every
	 * row under {@code /api} is documented. Paths are compared with their variables
	 * unnamed ({@code {appointmentId}} and {@code {id}} alike) and without the query.
	 */
	@Test
	void everyDocumentedOperationHasItsMatrixRowsAndEveryApiRowIsDocumented() {
		Set<String> documented = new TreeSet<>();
		for (String service : AuthorizationMatrix.DOCUMENTED_SERVICES) {
			Api.Reply document = this.stack.api().call("GET", "/docs/" + service + "/openapi.json", null, null);
			assertThat(document.status()).as("%s's document through the gateway", service).isEqualTo(200);
			documented.addAll(OpenApiCoverage.documented(document.body()));
		}
		Set<String> inMatrix = new TreeSet<>();
		for (Row row : this.matrix.rows()) {
			inMatrix.add(row.method() + " " + OpenApiCoverage.normalize(row.path()));
		}

		assertThat(unmatched(documented, inMatrix)).as("documented operations without a matrix row").isEmpty();
		Set<String> apiRows = new TreeSet<>(inMatrix);
		apiRows.removeIf((operation) -> !operation.contains(" /api/"));
		assertThat(unmatched(apiRows, documented)).as("matrix rows under /api no document describes").isEmpty();
	}

	/**
	 * The operations of {@code these} that none of {@code those} matches; a variable
	 * ({@code {}}) on either side matches any one segment, as the matrix sometimes writes
	 * a value (a topic's name) where the document has a variable.
	 */
	private static Set<String> unmatched(Set<String> these, Set<String> those) {
		Set<String> left = new TreeSet<>(these);
		left.removeIf((operation) -> those.stream().anyMatch((other) -> sameOperation(operation, other)));
		return left;
	}

	private static boolean sameOperation(String one, String other) {
		String[] a = one.split("[ /]");
		String[] b = other.split("[ /]");
		if (a.length != b.length) {
			return false;
		}
		for (int i = 0; i < a.length; i++) {
			if (!a[i].equals(b[i]) && !a[i].equals("{}") && !b[i].equals("{}")) {
				return false;
			}
		}
		return true;
	}

	private List<Row> rowsOf(String endpoint) {
		String[] methodAndPath = endpoint.split(" ", 2);
		return this.matrix.rows()
			.stream()
			.filter((row) -> row.method().equals(methodAndPath[0]) && row.path().equals(methodAndPath[1]))
			.toList();
	}

	@Test
	void everyServiceIsInTheMatrixBothWays() {
		assertThat(this.matrix.rows()).extracting(Row::service)
			.contains("patient-service", "doctor-service", "scheduling-service", "appointment-service",
					"notification-service", "gateway");
		assertThat(this.matrix.rows()).extracting(Row::via).containsOnly("gateway", "direct");
		assertThat(Path.of("src/test/resources/authorization-matrix.csv")).exists();
	}

}
