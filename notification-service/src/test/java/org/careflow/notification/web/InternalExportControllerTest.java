package org.careflow.notification.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.careflow.notification.contacts.ContactBook;
import org.careflow.notification.messages.MessageHistory;
import org.careflow.notification.messages.MessageLogEntry;
import org.careflow.notification.messages.MessageStatus;
import org.careflow.notification.messages.Recipient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A patient's export from this service: how the emails address them and what was sent,
 * never a message's text, and a bounded list that says when it is cut.
 */
class InternalExportControllerTest {

	private final ContactBook contacts = mock(ContactBook.class);

	private final MessageHistory history = mock(MessageHistory.class);

	private final InternalExportController controller = new InternalExportController(this.contacts, this.history);

	@Test
	void theContactAndTheLogOfMessagesAreExportedWithoutTheirText() {
		when(this.contacts.patient("p-1"))
			.thenReturn(Optional.of(new Recipient("jane@example.org", "Jane", "Doe", false, true, "Europe/Paris")));
		when(this.history.ofPatient("p-1", 0, InternalExportController.MAX_MESSAGES + 1))
			.thenReturn(List.of(sent("e-1")));

		InternalExportController.PatientExport export = this.controller.export("p-1");

		assertThat(export.contact()).isEqualTo(
				new InternalExportController.Contact("jane@example.org", "Jane", "Doe", false, true, "Europe/Paris"));
		assertThat(export.messages()).singleElement().satisfies((message) -> {
			assertThat(message.id()).isEqualTo("e-1");
			assertThat(message.kind()).isEqualTo("appointment.booked");
		});
		assertThat(export.truncated()).isFalse();
	}

	@Test
	void aPatientThisServiceNeverHeardOfHasNoContactAndNoMessages() {
		when(this.contacts.patient("p-2")).thenReturn(Optional.empty());
		when(this.history.ofPatient("p-2", 0, InternalExportController.MAX_MESSAGES + 1)).thenReturn(List.of());

		InternalExportController.PatientExport export = this.controller.export("p-2");

		assertThat(export.contact()).isNull();
		assertThat(export.messages()).isEmpty();
	}

	@Test
	void moreMessagesThanTheMaximumAreCutAndSaySo() {
		List<MessageLogEntry> many = new ArrayList<>();
		for (int i = 0; i <= InternalExportController.MAX_MESSAGES; i++) {
			many.add(sent("e-" + i));
		}
		when(this.contacts.patient("p-3")).thenReturn(Optional.empty());
		when(this.history.ofPatient("p-3", 0, InternalExportController.MAX_MESSAGES + 1)).thenReturn(many);

		InternalExportController.PatientExport export = this.controller.export("p-3");

		assertThat(export.messages()).hasSize(InternalExportController.MAX_MESSAGES);
		assertThat(export.truncated()).isTrue();
	}

	private static MessageLogEntry sent(String id) {
		Instant at = Instant.parse("2026-12-01T09:00:00Z");
		return new MessageLogEntry(id, "appointment.booked", "jane@example.org", "Your appointment is booked",
				MessageStatus.SENT, 1, at, at, null, "p-1", "a-1", null);
	}

}
