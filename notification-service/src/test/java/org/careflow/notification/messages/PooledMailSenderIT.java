package org.careflow.notification.messages;

import java.io.IOException;
import java.net.ServerSocket;

import org.careflow.localstack.EmbeddedSmtp;
import org.careflow.localstack.ReceivedMail;
import org.junit.jupiter.api.Test;

import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Kept-open SMTP connections against a real SMTP server that goes away and comes back.
 */
class PooledMailSenderIT {

	@Test
	void emailsShareOneConnectionAndAllArrive() {
		try (EmbeddedSmtp smtp = EmbeddedSmtp.start(0, 0); PooledMailSender sender = sender(smtp.smtpPort())) {
			for (int i = 0; i < 20; i++) {
				sender.send(email("pool@example.org", "Email " + i));
			}

			assertThat(smtp.messagesTo("pool@example.org")).extracting(ReceivedMail::subject)
				.hasSize(20)
				.contains("Email 0", "Email 19");
			assertThat(sender.connectionsOpened()).isEqualTo(1);
		}
	}

	@Test
	void aConnectionTheServerDroppedIsReplacedWithoutFailingTheEmail() {
		int port;
		PooledMailSender sender;
		try (EmbeddedSmtp first = EmbeddedSmtp.start(0, 0)) {
			port = first.smtpPort();
			sender = sender(port);
			sender.send(email("restart@example.org", "Before"));
		}

		try (EmbeddedSmtp second = EmbeddedSmtp.start(port, 0); sender) {
			sender.send(email("restart@example.org", "After"));

			assertThat(second.messagesTo("restart@example.org")).extracting(ReceivedMail::subject)
				.containsExactly("After");
			assertThat(sender.connectionsOpened()).isEqualTo(2);
		}
	}

	@Test
	void noServerIsAMailSendException() throws IOException {
		try (PooledMailSender sender = sender(closedPort())) {
			assertThatExceptionOfType(MailSendException.class)
				.isThrownBy(() -> sender.send(email("nobody@example.org", "Lost?")));
		}
	}

	private static PooledMailSender sender(int port) {
		JavaMailSenderImpl settings = new JavaMailSenderImpl();
		settings.setHost("127.0.0.1");
		settings.setPort(port);
		settings.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
		settings.getJavaMailProperties().put("mail.smtp.timeout", "2000");
		return new PooledMailSender(settings);
	}

	private static SimpleMailMessage email(String to, String subject) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom("no-reply@careflow.local");
		message.setTo(to);
		message.setSubject(subject);
		message.setText("Hello");
		return message;
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
