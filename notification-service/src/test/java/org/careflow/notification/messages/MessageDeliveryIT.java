package org.careflow.notification.messages;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.careflow.localstack.ReceivedMail;
import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The message log against a real MongoDB server and a real SMTP server. */
class MessageDeliveryIT {

	private static MongoClient client;

	private static MongoTemplate mongo;

	private final String recipient = "log-" + UUID.randomUUID() + "@example.org";

	private final Email welcome = new Email(this.recipient, "Welcome to CareFlow", "Hello");

	private final String eventId = UUID.randomUUID().toString();

	@BeforeAll
	static void connect() {
		client = MongoClients.create(TestInfrastructure.mongo().connectionString());
		mongo = new MongoTemplate(client, "careflow-notifications-log-it");
	}

	@AfterAll
	static void disconnect() {
		client.close();
	}

	@Test
	void theSameEventSendsItsEmailOnlyOnce() {
		MessageDelivery delivery = delivery(smtpPort());

		assertThat(delivery.deliver(this.eventId, "patient.registered", this.welcome)).isTrue();
		assertThat(delivery.deliver(this.eventId, "patient.registered", this.welcome)).isFalse();

		assertThat(TestInfrastructure.smtp().messagesTo(this.recipient)).extracting(ReceivedMail::subject)
			.containsExactly("Welcome to CareFlow");
		MessageLogEntry entry = logEntry();
		assertThat(entry.status()).isEqualTo(MessageStatus.SENT);
		assertThat(entry.sentAt()).isNotNull();
		assertThat(entry.recipient()).isEqualTo(this.recipient);
	}

	@Test
	void aFailedSendIsLoggedAndRethrownAndTheRedeliveredEventSendsIt() throws IOException {
		MessageDelivery smtpDown = delivery(closedPort());

		assertThatExceptionOfType(EmailNotSentException.class)
			.isThrownBy(() -> smtpDown.deliver(this.eventId, "patient.registered", this.welcome));
		assertThat(logEntry().status()).isEqualTo(MessageStatus.FAILED);
		assertThat(logEntry().error()).isNotBlank();

		assertThat(delivery(smtpPort()).deliver(this.eventId, "patient.registered", this.welcome)).isTrue();

		assertThat(TestInfrastructure.smtp().messagesTo(this.recipient)).hasSize(1);
		assertThat(logEntry().status()).isEqualTo(MessageStatus.SENT);
		assertThat(logEntry().attempts()).isEqualTo(2);
		assertThat(logEntry().error()).isNull();
	}

	private MessageLogEntry logEntry() {
		return mongo.findById(this.eventId, MessageLogEntry.class);
	}

	private static MessageDelivery delivery(int smtpPort) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(TestInfrastructure.smtp().host());
		sender.setPort(smtpPort);
		sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
		sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
		return new MessageDelivery(mongo, Clock.systemUTC(), new PooledMailSender(sender),
				"CareFlow <no-reply@careflow.local>");
	}

	private static int smtpPort() {
		return TestInfrastructure.smtp().port();
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
