package org.careflow.notification.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.careflow.notification.messages.MessageHistory;
import org.careflow.platform.security.Caller;
import org.careflow.platform.web.PageParams;
import org.careflow.platform.web.Pages;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/notifications?patientId=}: the message log of one patient, newest first
 * — for an admin (any patient, named) and for the patient (their own; naming someone else
 * is refused). Each message's kind, appointment, status, attempts and last error; never
 * its text.
 */
@RestController
@RequestMapping("/api/notifications")
@Validated
class MessageLogController {

	static final int MAX_ID_LENGTH = 64;

	private final MessageHistory history;

	MessageLogController(MessageHistory history) {
		this.history = history;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('admin', 'patient')")
	ResponseEntity<List<MessageView>> list(@RequestParam(required = false) @Size(max = MAX_ID_LENGTH) String patientId,
			@Valid PageParams paging, Authentication authentication) {
		String whose = whoseLog(Caller.of(authentication), patientId);
		List<MessageView> fetched = this.history.ofPatient(whose, paging.offset(), paging.fetchSize())
			.stream()
			.map(MessageView::of)
			.toList();
		return Pages.of(fetched, paging);
	}

	private static String whoseLog(Caller caller, String patientId) {
		if (caller.is("admin")) {
			if (patientId == null || patientId.isBlank()) {
				throw new PatientRequiredException();
			}
			return patientId;
		}
		if (patientId != null && !patientId.equals(caller.id())) {
			throw new NotYourLogException();
		}
		return caller.id();
	}

}
