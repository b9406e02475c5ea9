package org.careflow.notification.messages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The template files: built-in, replaced by a clinic's, refused when they cannot work.
 */
class EmailTemplatesTest {

	private static final Clinic CLINIC = new Clinic("Clinique du Parc", "1 Rue de la Paix, 75002 Paris");

	@TempDir
	Path clinicDirectory;

	@Test
	void everyKindRendersInTextAndHtmlWithEveryValueItOffersAndNoPlaceholderLeft() {
		EmailTemplates templates = EmailTemplates.builtIn();

		for (EmailKind kind : EmailKind.values()) {
			RenderedEmail email = templates.render(kind, CLINIC, sampleValues(kind));

			assertThat(email.subject()).as(kind.name()).isNotBlank().doesNotContain("{{", "}}", "\n");
			for (String variable : kind.variables()) {
				String value = valueOf(variable);
				assertThat(email.text()).as(kind + " text shows " + variable).contains(value);
				assertThat(email.html()).as(kind + " html shows " + variable).contains(value);
			}
			assertThat(email.text()).as(kind.name()).doesNotContain("{{", "}}");
			assertThat(email.html()).as(kind.name()).doesNotContain("{{", "}}").startsWith("<!DOCTYPE html>");
		}
	}

	@Test
	void theSubjectsAreTheOnesPeopleAndTheSystemTestsSearchTheirMailboxesFor() {
		EmailTemplates templates = EmailTemplates.builtIn();
		Map<EmailKind, String> subjects = new EnumMap<>(EmailKind.class);
		for (EmailKind kind : EmailKind.values()) {
			subjects.put(kind, templates.render(kind, CLINIC, sampleValues(kind)).subject());
		}

		assertThat(subjects)
			.containsExactlyInAnyOrderEntriesOf(Map.ofEntries(Map.entry(EmailKind.WELCOME, "Welcome to CareFlow"),
					Map.entry(EmailKind.BOOKED, "Your appointment is booked"),
					Map.entry(EmailKind.CANCELLED, "Your appointment was cancelled"),
					Map.entry(EmailKind.RESCHEDULED, "Your appointment was moved"),
					Map.entry(EmailKind.WAITLIST_OFFER, "A slot opened up for you"),
					Map.entry(EmailKind.MISSED, "We missed you at your appointment"),
					Map.entry(EmailKind.VISIT_SUMMARY_READY, "Your visit summary is ready"),
					Map.entry(EmailKind.REMINDER, "Reminder: your appointment"),
					Map.entry(EmailKind.DOCTOR_BOOKED, "New appointment on your calendar"),
					Map.entry(EmailKind.DOCTOR_CANCELLED, "Appointment cancelled on your calendar"),
					Map.entry(EmailKind.DOCTOR_MOVED, "Appointment moved on your calendar"),
					Map.entry(EmailKind.PRESCRIPTION_READY, "Your prescription is ready"),
					Map.entry(EmailKind.PRESCRIPTION_FILLED, "Your prescription was filled"),
					Map.entry(EmailKind.PRESCRIPTION_CANCELLED, "Your prescription was cancelled")));
	}

	@Test
	void everyEmailIsSignedByTheClinicWithItsNameAndAddressInTheFooter() {
		EmailTemplates templates = EmailTemplates.builtIn();

		for (EmailKind kind : EmailKind.values()) {
			RenderedEmail email = templates.render(kind, CLINIC, sampleValues(kind));

			assertThat(email.text()).as(kind.name())
				.endsWith("\n\nClinique du Parc\n\n--\nClinique du Parc\n1 Rue de la Paix, 75002 Paris\n")
				.doesNotContain("The CareFlow team");
			assertThat(email.html()).as(kind.name())
				.contains("<p>Clinique du Parc</p>")
				.contains("Clinique du Parc<br>\n1 Rue de la Paix, 75002 Paris</p>\n</body>");
		}
	}

	@Test
	void aClinicWithoutAnAddressHasJustItsNameInTheFooter() {
		RenderedEmail email = EmailTemplates.builtIn()
			.render(EmailKind.CANCELLED, new Clinic("Clinique du Parc", ""), sampleValues(EmailKind.CANCELLED));

		assertThat(email.text()).endsWith("\n--\nClinique du Parc\n");
		assertThat(email.html()).contains("font-size:small\">Clinique du Parc</p>").doesNotContain("<br>\n</p>");
	}

	@Test
	void htmlEscapesEveryValueAndTextShowsItAsItIs() {
		Map<String, String> values = sampleValues(EmailKind.BOOKED);
		values.put("recipientName", "<script>alert('x')</script> & Co");

		RenderedEmail email = EmailTemplates.builtIn()
			.render(EmailKind.BOOKED, new Clinic("<b>Parc</b>", "\"1\" Rue"), values);

		assertThat(email.html()).contains("Hello &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co,")
			.contains("&lt;b&gt;Parc&lt;/b&gt;")
			.contains("&quot;1&quot; Rue")
			.doesNotContain("<script>", "<b>");
		assertThat(email.text()).contains("Hello <script>alert('x')</script> & Co,").contains("<b>Parc</b>");
	}

	@Test
	void aLineBreakInAValueCannotStartAnotherHeaderFromTheSubject() throws IOException {
		write("missed.txt", "Subject: Missed {{recipientName}}\n\nx\n");
		Map<String, String> values = sampleValues(EmailKind.MISSED);
		values.put("recipientName", "Jane\r\nBcc: someone@example.org");

		RenderedEmail email = EmailTemplates.load(Optional.of(this.clinicDirectory))
			.render(EmailKind.MISSED, CLINIC, values);

		assertThat(email.subject()).isEqualTo("Missed Jane Bcc: someone@example.org");
	}

	@Test
	void anEmptyValueLeavesOutTheSectionNamedAfterIt() {
		Map<String, String> values = sampleValues(EmailKind.BOOKED);
		values.put("doctor", "");

		RenderedEmail email = EmailTemplates.builtIn().render(EmailKind.BOOKED, CLINIC, values);

		assertThat(email.text()).contains("Your appointment is booked for " + valueOf("time") + ".");
		assertThat(email.html()).contains("Your appointment is booked for <strong>");
	}

	@Test
	void aClinicsFileReplacesThatTemplateOnlyAndTheOthersStayBuiltIn() throws IOException {
		write("booked.txt", "Subject: Booked at {{clinicName}}\n\nDear {{recipientName}}, see you {{time}}.\n");
		write("footer.html", "<footer>{{clinicName}}</footer>\n");

		EmailTemplates templates = EmailTemplates.load(Optional.of(this.clinicDirectory));
		RenderedEmail booked = templates.render(EmailKind.BOOKED, CLINIC, sampleValues(EmailKind.BOOKED));
		RenderedEmail welcome = templates.render(EmailKind.WELCOME, CLINIC, sampleValues(EmailKind.WELCOME));

		assertThat(booked.subject()).isEqualTo("Booked at Clinique du Parc");
		assertThat(booked.text()).startsWith("Dear value-of-recipientName, see you value-of-time.\n\n--\n");
		assertThat(booked.html()).as("built-in").contains("Your appointment with value-of-doctor is booked");
		assertThat(booked.html()).contains("<footer>Clinique du Parc</footer>").doesNotContain("<hr>");
		assertThat(welcome.subject()).isEqualTo("Welcome to CareFlow");
		assertThat(welcome.text()).startsWith("Hello value-of-recipientName,\n\nWelcome to CareFlow.");
	}

	@Test
	void aReplacedTemplateUsingAVariableItsKindDoesNotOfferIsRefusedNamingTheFile() throws IOException {
		Path file = write("cancelled.html", "<p>Hello {{recipientName}}</p>\n<p>Reason: {{reason}}</p>\n");

		assertThatExceptionOfType(InvalidTemplateException.class)
			.isThrownBy(() -> EmailTemplates.load(Optional.of(this.clinicDirectory)))
			.withMessageContaining(file.toString())
			.withMessageContaining("line 2")
			.withMessageContaining("{{reason}} is not a variable of this email");
	}

	@Test
	void aVariableOfAnotherKindIsRefusedToo() throws IOException {
		write("cancelled.txt", "Subject: Cancelled\n\nUse {{cancelLink}}\n");

		assertThatExceptionOfType(InvalidTemplateException.class)
			.isThrownBy(() -> EmailTemplates.load(Optional.of(this.clinicDirectory)))
			.withMessageContaining("cancelled.txt")
			.withMessageContaining("{{cancelLink}}");
	}

	@Test
	void aBrokenReplacedTemplateIsRefusedNamingTheFileAndLine() throws IOException {
		Path file = write("reminder.html", "<p>Hello</p>\n{{#doctor}}with {{doctor}}\n");

		assertThatExceptionOfType(InvalidTemplateException.class)
			.isThrownBy(() -> EmailTemplates.load(Optional.of(this.clinicDirectory)))
			.withMessageContaining(file + ", line 2: {{#doctor}} is never closed");
	}

	@Test
	void aTextTemplateWithoutItsSubjectLineIsRefused() throws IOException {
		write("welcome.txt", "Hello {{recipientName}}\n");

		assertThatExceptionOfType(InvalidTemplateException.class)
			.isThrownBy(() -> EmailTemplates.load(Optional.of(this.clinicDirectory)))
			.withMessageContaining("welcome.txt: the first line must be the subject");
	}

	@Test
	void aMisspeltFileNameIsRefusedRatherThanSilentlyIgnored() throws IOException {
		write("boked.txt", "Subject: x\n\nx\n");

		assertThatExceptionOfType(InvalidTemplateException.class)
			.isThrownBy(() -> EmailTemplates.load(Optional.of(this.clinicDirectory)))
			.withMessageContaining("boked.txt is not an email template")
			.withMessageContaining("booked.txt");
	}

	@Test
	void aDirectoryThatIsNotThereIsRefusedNamingTheVariable() {
		Path missing = this.clinicDirectory.resolve("missing");

		assertThatExceptionOfType(InvalidTemplateException.class)
			.isThrownBy(() -> EmailTemplates.load(Optional.of(missing)))
			.withMessageContaining("EMAIL_TEMPLATES_DIR")
			.withMessageContaining(missing.toString());
	}

	@Test
	void valuesThatAreNotTheKindsAreAProgrammingErrorNotASilentBlank() {
		Map<String, String> values = sampleValues(EmailKind.MISSED);
		values.remove("time");

		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> EmailTemplates.builtIn().render(EmailKind.MISSED, CLINIC, values))
			.withMessageContaining("MISSED takes");
	}

	@Test
	void theKindsOfferNoVariableThatCouldCarryHealthData() {
		assertThat(Arrays.stream(EmailKind.values()).flatMap(kind -> kind.variables().stream()))
			.noneMatch(variable -> variable
				.matches("(?i).*(reason|note|vital|diagnos|summary|symptom|medic|drug|dos(e|age)|instruction).*"));
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.clinicDirectory.resolve(name), content);
	}

	/** Every variable of the kind but the clinic's, each with a value that names it. */
	static Map<String, String> sampleValues(EmailKind kind) {
		Map<String, String> values = new HashMap<>();
		kind.variables().forEach(variable -> values.put(variable, valueOf(variable)));
		values.keySet().removeAll(EmailKind.CLINIC_VARIABLES);
		return values;
	}

	private static String valueOf(String variable) {
		return switch (variable) {
			case "clinicName" -> CLINIC.name();
			case "clinicAddress" -> CLINIC.address();
			default -> "value-of-" + variable;
		};
	}

}
