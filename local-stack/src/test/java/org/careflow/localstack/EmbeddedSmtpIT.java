package org.careflow.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedSmtpIT {

	private final HttpClient http = HttpClient.newHttpClient();

	private EmbeddedSmtp smtp;

	@BeforeEach
	void start() {
		this.smtp = EmbeddedSmtp.start(0, 0);
	}

	@AfterEach
	void stop() {
		this.smtp.close();
	}

	@Test
	void mailSentWithoutAuthenticationShowsUpInTheViewersJsonForItsRecipient() throws Exception {
		send("jane.doe@example.org", "Your appointment is booked", "See you on Monday at 09:00.");
		send("greg.house@example.org", "New appointment", "Jane Doe booked Monday 09:00.");

		List<Map<String, String>> forJane = json("/api/messages?to=jane.doe@example.org");

		assertThat(forJane).hasSize(1);
		assertThat(forJane.get(0)).containsEntry("to", "jane.doe@example.org")
			.containsEntry("from", "CareFlow <no-reply@careflow.local>")
			.containsEntry("subject", "Your appointment is booked")
			.containsKey("receivedAt");
		assertThat(forJane.get(0).get("body")).contains("Monday at 09:00");
		assertThat(json("/api/messages")).extracting((mail) -> mail.get("to"))
			.containsExactlyInAnyOrder("jane.doe@example.org", "greg.house@example.org");
	}

	@Test
	void viewerPageListsMessagesNewestFirstWithHtmlEscaped() throws Exception {
		send("jane.doe@example.org", "First <reminder>", "body one");
		send("jane.doe@example.org", "Second reminder", "body two");

		HttpResponse<String> page = get("/");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("First &lt;reminder&gt;").doesNotContain("<reminder>");
		assertThat(page.body().indexOf("Second reminder")).isLessThan(page.body().indexOf("First &lt;reminder&gt;"));
		assertThat(this.smtp.messagesTo("JANE.DOE@example.org")).extracting(ReceivedMail::subject)
			.containsExactly("Second reminder", "First <reminder>");
	}

	@Test
	void takenMessagesLeaveTheServerAndLaterOnesStayForTheNextTake() throws Exception {
		send("jane.doe@example.org", "Your appointment is booked", "one");
		send("jane.doe@example.org", "Your appointment is moved", "two");
		send("greg.house@example.org", "New appointment", "three");

		assertThat(this.smtp.takeMessagesTo("Jane.Doe@example.org")).extracting(ReceivedMail::subject)
			.containsExactly("Your appointment is booked", "Your appointment is moved");
		send("jane.doe@example.org", "Your appointment is cancelled", "four");

		assertThat(this.smtp.takeMessagesTo("jane.doe@example.org")).extracting(ReceivedMail::subject)
			.containsExactly("Your appointment is cancelled");
		assertThat(this.smtp.takeMessagesTo("jane.doe@example.org")).isEmpty();
		assertThat(this.smtp.messages()).extracting(ReceivedMail::to).containsExactly("greg.house@example.org");
	}

	private void send(String to, String subject, String body) throws Exception {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", "127.0.0.1");
		properties.put("mail.smtp.port", String.valueOf(this.smtp.smtpPort()));
		MimeMessage message = new MimeMessage(Session.getInstance(properties));
		message.setFrom(new InternetAddress("no-reply@careflow.local", "CareFlow", "UTF-8"));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
		message.setSubject(subject);
		message.setText(body);
		Transport.send(message);
		// received dates have millisecond precision; keep the order unambiguous
		Thread.sleep(5);
	}

	private List<Map<String, String>> json(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		return new ObjectMapper().readValue(response.body(), new TypeReference<>() {
		});
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.smtp.mailboxUrl() + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
