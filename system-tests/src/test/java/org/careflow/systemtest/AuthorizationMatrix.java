package org.careflow.systemtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The authorization matrix ({@code authorization-matrix.csv}): for every endpoint, what
 * each kind of caller gets. One row per endpoint and way in ({@code gateway}, the public
 * API; {@code direct}, the service's own port, which must not trust its network either);
 * an empty cell means the caller is not tried there.
 */
record AuthorizationMatrix(List<Row> rows) {

	static final String RESOURCE = "/authorization-matrix.csv";

	/** The callers, in column order. */
	static final List<String> CALLERS = List.of("anonymous", "patient-own", "patient-other", "doctor-own",
			"doctor-other", "nurse", "pharmacist", "admin", "service-account");

	/**
	 * The endpoints only other services may call (with a service account's token): each
	 * must be tried with every caller, through the gateway and directly.
	 */
	static final List<String> SERVICE_ONLY_PATHS = List.of("/internal/audit", "/internal/slot-claims",
			"/internal/slot-claims/release", "/internal/slot-holds", "/internal/slot-holds/release",
			"/internal/patients/{patientId}/export", "/internal/doctors/{doctorId}/retirement",
			"/internal/departments/{departmentId}/members");

	/**
	 * appointment-service's {@code /api/appointments} mappings on one appointment (as its
	 * controller names them, {@code {id}}) and the matrix row that tries each; every one
	 * must have its rows.
	 */
	static final Map<String, String> APPOINTMENT_MAPPINGS = Map.of("/{id}", "/api/appointments/{appointmentId}",
			"/{id}/visit", "/api/appointments/{appointmentId}/visit", "/{id}/cancel",
			"/api/appointments/{appointmentId}/cancel", "/{id}/reschedule",
			"/api/appointments/{appointmentId}/reschedule", "/{id}/entered-in-error",
			"/api/appointments/{appointmentId}/entered-in-error", "/{id}/check-in",
			"/api/appointments/{appointmentId}/check-in", "/{id}/complete",
			"/api/appointments/{appointmentId}/complete", "/{id}/no-show", "/api/appointments/{appointmentId}/no-show");

	/**
	 * The steps of an appointment's day (appointment-service's {@code POST
	 * /{id}/check-in}, {@code /{id}/complete}, {@code /{id}/no-show}): each must be tried
	 * with every caller, through the gateway and directly, on an appointment due today
	 * (nurses see only those).
	 */
	static final List<String> APPOINTMENT_DAY_PATHS = List.of("/api/appointments/{appointmentId}/check-in",
			"/api/appointments/{appointmentId}/complete", "/api/appointments/{appointmentId}/no-show");

	/**
	 * What makes a clinic's day beyond its steps: the doctor's day and a patient's
	 * history, reschedule, blocked time, search across doctors, holds and the waitlist.
	 * Each must be tried with every caller, through the gateway and directly.
	 */
	static final List<String> CLINIC_DAY_PATHS = List.of("/api/appointments?doctorId={doctorId}&date={date}",
			"/api/appointments?patientId={patientId}", "/api/appointments/{appointmentId}/reschedule",
			"/api/appointments/{appointmentId}/entered-in-error", "/api/schedules/{doctorId}?force=true",
			"/api/schedules/{doctorId}/exceptions", "/api/schedules/{doctorId}/exceptions?force=true",
			"/api/schedules/{doctorId}/exceptions/{exceptionId}",
			"/api/slots?specialty={specialty}&from={from}&to={to}", "/api/slots/first?doctorId={doctorId}",
			"/api/slots?departmentId={departmentId}&from={from}&to={to}", "/api/slots/holds",
			"/api/slots/holds/{holdId}", "/api/waitlist", "/api/waitlist/{entryId}",
			"/api/waitlist/offers/{offerId}/accept", "/api/waitlist/offers/{offerId}/decline");

	/**
	 * The message log (notification-service): each must be tried with every caller,
	 * through the gateway and directly; only the patient themself and an admin read it.
	 */
	static final List<String> MESSAGE_LOG_PATHS = List.of("/api/notifications?patientId={patientId}",
			"/api/notifications");

	/** The dead-letter replay: tried with every caller both ways; an admin's alone. */
	static final String DEAD_LETTER_REPLAY_PATH = "/api/admin/dead-letters/careflow.appointments/replay";

	/**
	 * The notification endpoints as their controllers map them, and the matrix row that
	 * tries each; every one must have its rows, for every caller, both ways.
	 */
	static final Map<String, String> NOTIFICATION_MAPPINGS = Map.of("/api/admin/dead-letters/{topic}/replay",
			DEAD_LETTER_REPLAY_PATH, "/api/patients/me/notification-preferences",
			"/api/patients/me/notification-preferences", "/api/notifications", "/api/notifications", "/api/webhooks",
			"/api/webhooks", "/api/webhooks/{id}", "/api/webhooks/{webhookId}", "/api/webhooks/{id}/deliveries",
			"/api/webhooks/{webhookId}/deliveries", "/api/webhooks/{id}/enable", "/api/webhooks/{webhookId}/enable");

	/**
	 * Emails' links, as their controllers map them: appointment-service's action links
	 * ({@code /links/{token}}) and patient-service's address confirmation
	 * ({@code /links/email/{token}}), each GET and POST. Public by design: tried with
	 * every caller both ways, and every caller gets the same answer, as the signed link
	 * alone decides what may be done.
	 */
	static final List<String> LINK_MAPPINGS = List.of("/links/{token}", "/links/email/{token}");

	/**
	 * The live event stream (notification-service): an answer that does not end, so its
	 * cells read the status only. Tried with every caller both ways; each role sees its
	 * own events, a pharmacist and a service none.
	 */
	static final String LIVE_STREAM_PATH = "/api/events/stream";

	/**
	 * The clinical chart (patient-service): each endpoint must be tried with every caller
	 * both ways, on a new entry of patient-own written by doctor-own (their appointment
	 * puts the patient in the doctor's care).
	 */
	static final List<String> CHART_ENDPOINTS = List.of("GET /api/records?patientId={patientId}", "GET /api/records",
			"POST /api/records", "GET /api/records/{recordId}", "PUT /api/records/{recordId}",
			"DELETE /api/records/{recordId}", "GET /api/procedures?patientId={patientId}", "POST /api/procedures",
			"GET /api/procedures/{procedureId}", "PUT /api/procedures/{procedureId}",
			"POST /api/procedures/{procedureId}/perform", "DELETE /api/procedures/{procedureId}",
			"GET /api/vaccines?patientId={patientId}", "POST /api/vaccines", "GET /api/vaccines/{vaccineId}",
			"PUT /api/vaccines/{vaccineId}", "DELETE /api/vaccines/{vaccineId}",
			"GET /api/patients/{patientId}/allergies", "POST /api/patients/{patientId}/allergies",
			"GET /api/patients/{patientId}/allergies/{allergyId}",
			"PUT /api/patients/{patientId}/allergies/{allergyId}",
			"DELETE /api/patients/{patientId}/allergies/{allergyId}", "GET /api/qr/{recordId}");

	/**
	 * Prescriptions, their paper and QR code (patient-service): each endpoint must be
	 * tried with every caller both ways, on a new prescription of patient-own written by
	 * doctor-own. Unlike the rest of the chart, a pharmacist reads one by id and fills
	 * it.
	 */
	static final List<String> PRESCRIPTION_ENDPOINTS = List.of("GET /api/prescriptions?patientId={patientId}",
			"GET /api/prescriptions", "POST /api/prescriptions", "GET /api/prescriptions/{prescriptionId}",
			"PUT /api/prescriptions/{prescriptionId}", "POST /api/prescriptions/{prescriptionId}/fill",
			"DELETE /api/prescriptions/{prescriptionId}", "GET /api/prescriptions/{prescriptionId}/pdf",
			"GET /api/qr/{prescriptionId}");

	/**
	 * What a pharmacist may do with a prescription: read it by id (paper, code) and fill
	 * it.
	 */
	static final List<String> PHARMACIST_PRESCRIPTION_ENDPOINTS = List.of("GET /api/prescriptions/{prescriptionId}",
			"POST /api/prescriptions/{prescriptionId}/fill", "GET /api/prescriptions/{prescriptionId}/pdf",
			"GET /api/qr/{prescriptionId}");

	/**
	 * The chart's mappings on one entry, as their controllers name them ({@code {id}}),
	 * and the matrix row that tries each; every one must have its rows, for every caller,
	 * both ways.
	 */
	static final Map<String, String> CHART_MAPPINGS = Map.of("/api/qr/{id}", "/api/qr/{prescriptionId}",
			"/api/qr/{id} (a record)", "/api/qr/{recordId}", "/api/prescriptions/{id}/fill",
			"/api/prescriptions/{prescriptionId}/fill", "/api/prescriptions/{id}/pdf",
			"/api/prescriptions/{prescriptionId}/pdf", "/api/procedures/{id}/perform",
			"/api/procedures/{procedureId}/perform", "/api/prescriptions/{id}", "/api/prescriptions/{prescriptionId}",
			"/api/records/{id}", "/api/records/{recordId}", "/api/vaccines/{id}", "/api/vaccines/{vaccineId}");

	/**
	 * The directory's mappings (doctor-service's departments and a doctor's department,
	 * patient-service's profiles and staff directory), as their controllers name them,
	 * and the matrix row that tries each.
	 */
	static final Map<String, String> DIRECTORY_MAPPINGS = Map.of("/api/departments", "/api/departments",
			"/api/departments/{id}", "/api/departments/{departmentId}", "/api/departments/{id}/doctors",
			"/api/departments/{departmentId}/doctors", "/api/doctors/{id}/department",
			"/api/doctors/{doctorId}/department", "/api/patients (the staff directory)", "/api/patients",
			"/api/patients/me (PATCH)", "/api/patients/me", "/api/patients/{id} (PUT)", "/api/patients/{patientId}",
			"/api/patients/{id} (DELETE)", "/api/patients/{leavingPatientId}");

	/**
	 * Admissions and beds (patient-service's {@code AdmissionController} under
	 * {@code /api/patients/{patientId}} and {@code BedsController} under
	 * {@code /api/departments/{departmentId}/beds}), a department's patients (its
	 * {@code PatientDirectoryController}) and a doctor's own profile (doctor-service), as
	 * the controllers map them, and the row that tries each.
	 */
	static final Map<String, String> PEOPLE_AND_PLACES_MAPPINGS = Map.of("/admission",
			"/api/patients/{patientId}/admission", "/discharge", "/api/patients/{patientId}/discharge", "/admissions",
			"/api/patients/{patientId}/admissions", "/admissions/{admissionId}",
			"/api/patients/{patientId}/admissions/{admissionId}", "/api/departments/{departmentId}/beds",
			"/api/departments/{departmentId}/beds", "/ready", "/api/departments/{departmentId}/beds/ready",
			"/api/doctors/me", "/api/doctors/me", "/api/doctors/{id} (PATCH)", "/api/doctors/{doctorId}",
			"/api/departments/{departmentId}/patients", "/api/departments/{departmentId}/patients");

	/**
	 * Accounts: a patient's export of their data (patient-service) and staff accounts
	 * (doctor-service's {@code StaffController} under {@code /api/staff}), as the
	 * controllers map them, and the row that tries each.
	 */
	static final Map<String, String> ACCOUNT_MAPPINGS = Map.of("/api/patients/me/export", "/api/patients/me/export",
			"/api/staff", "/api/staff", "/api/staff/{id}", "/api/staff/{staffId}");

	/**
	 * A printed document's QR code link (patient-service), public by design: every caller
	 * gets the same answer, as the signed link alone decides.
	 */
	static final String DOCUMENT_VERIFICATION_PATH = "/verify/{token}";

	/**
	 * The services whose OpenAPI document the gateway serves at
	 * /docs/{name}/openapi.json.
	 */
	static final List<String> DOCUMENTED_SERVICES = List.of("appointment", "patient", "doctor", "scheduling",
			"notification");

	static AuthorizationMatrix load() {
		try (InputStream in = AuthorizationMatrix.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static AuthorizationMatrix parse(String csv) {
		List<Row> rows = new ArrayList<>();
		boolean header = true;
		for (String line : csv.split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			if (header) {
				header = false;
				continue;
			}
			rows.add(Row.parse(line));
		}
		return new AuthorizationMatrix(List.copyOf(rows));
	}

	/**
	 * One endpoint reached one way.
	 *
	 * @param service the module that serves it (also where {@code direct} calls go)
	 * @param fixture {@code shared}: the one appointment of the fixture; {@code fresh}: a
	 * new appointment for each caller (the call changes it); {@code today}: a new booked
	 * appointment later today for each caller; {@code -}
	 * @param body the name of the request body the test builds ({@code -} for none)
	 * @param via {@code gateway} or {@code direct}
	 * @param expected the status each caller gets, by caller
	 */
	record Row(String method, String path, String service, String fixture, String body, String via,
			Map<String, Integer> expected) {

		static Row parse(String line) {
			String[] cells = line.split(",", -1);
			if (cells.length != 6 + CALLERS.size()) {
				throw new IllegalArgumentException("Expected " + (6 + CALLERS.size()) + " cells: " + line);
			}
			Map<String, Integer> expected = new LinkedHashMap<>();
			for (int i = 0; i < CALLERS.size(); i++) {
				String cell = cells[6 + i].strip();
				if (!cell.isEmpty()) {
					expected.put(CALLERS.get(i), Integer.valueOf(cell));
				}
			}
			return new Row(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip(), cells[4].strip(),
					cells[5].strip(), Map.copyOf(expected));
		}

		/** The path without its query. */
		String route() {
			int query = this.path.indexOf('?');
			return (query < 0) ? this.path : this.path.substring(0, query);
		}

		/** As the README's table shows it. */
		String asMarkdown() {
			StringBuilder line = new StringBuilder("| `" + this.method + " " + this.path + "` | " + this.via + " |");
			for (String caller : CALLERS) {
				Integer status = this.expected.get(caller);
				line.append(' ').append((status != null) ? status : "").append(" |");
			}
			return line.toString().replaceAll(" +\\|", " |");
		}

	}

}
