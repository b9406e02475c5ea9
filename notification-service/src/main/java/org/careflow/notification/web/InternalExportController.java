package org.careflow.notification.web;

import java.util.List;

import jakarta.validation.constraints.Pattern;
import org.careflow.notification.contacts.ContactBook;
import org.careflow.notification.messages.MessageHistory;
import org.careflow.notification.messages.MessageLogEntry;
import org.careflow.notification.messages.Recipient;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /internal/patients/{patientId}/export}: what this service holds about a
 * patient — the contact details and email choices it keeps, and the log of the messages
 * sent to them (kind, appointment, status; never their text) — for the export
 * patient-service assembles. Services only ({@code /internal/**} takes a service token).
 * At most {@value #MAX_MESSAGES} messages, newest first; {@code truncated} says when
 * there were more.
 */
@RestController
@Validated
class InternalExportController {

	static final int MAX_MESSAGES = 1000;

	private final ContactBook contacts;

	private final MessageHistory history;

	InternalExportController(ContactBook contacts, MessageHistory history) {
		this.contacts = contacts;
		this.history = history;
	}

	@GetMapping("/internal/patients/{patientId}/export")
	PatientExport export(@PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String patientId) {
		Contact contact = this.contacts.patient(patientId).map(Contact::of).orElse(null);
		List<MessageLogEntry> sent = this.history.ofPatient(patientId, 0, MAX_MESSAGES + 1);
		return new PatientExport(contact, sent.stream().limit(MAX_MESSAGES).map(MessageView::of).toList(),
				sent.size() > MAX_MESSAGES);
	}

	/** What this service knows of a patient, and the messages it sent them. */
	record PatientExport(Contact contact, List<MessageView> messages, boolean truncated) {
	}

	/** The patient as the emails address them, and their choices of optional emails. */
	record Contact(String email, String firstName, String lastName, boolean reminders, boolean visitSummaries,
			String timeZone) {

		static Contact of(Recipient recipient) {
			return new Contact(recipient.email(), recipient.firstName(), recipient.lastName(),
					recipient.wantsReminders(), recipient.wantsVisitSummaries(), recipient.timeZone());
		}

	}

}
