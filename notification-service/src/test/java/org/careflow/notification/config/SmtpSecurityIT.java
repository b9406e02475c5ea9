package org.careflow.notification.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.careflow.notification.messages.PooledMailSender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.subethamail.smtp.auth.EasyAuthenticationHandlerFactory;
import org.subethamail.smtp.auth.LoginFailedException;
import org.subethamail.smtp.helper.SimpleMessageListener;
import org.subethamail.smtp.server.SMTPServer;

import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The SMTP settings an operator sets to reach a real provider, against real servers: an
 * implicit-TLS ("SMTPS") server with sign-in (GreenMail) and a server that demands
 * STARTTLS and sign-in (SubEtha SMTP — GreenMail does not speak STARTTLS). Both use a
 * self-signed certificate, trusted through {@code SMTP_TRUST}.
 */
class SmtpSecurityIT {

	private static final String USER = "clinic";

	private static final String PASSWORD = "s3cret-" + UUID.randomUUID();

	private final List<String> received = new CopyOnWriteArrayList<>();

	private GreenMail smtps;

	private SMTPServer startTlsServer;

	@AfterEach
	void stopServers() {
		if (this.smtps != null) {
			this.smtps.stop();
		}
		if (this.startTlsServer != null) {
			this.startTlsServer.stop();
		}
	}

	@Test
	void implicitTlsWithSignInDeliversAndAWrongPasswordIsRefused() {
		this.smtps = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS).dynamicPort());
		this.smtps.setUser("clinic@example.org", USER, PASSWORD);
		this.smtps.start();
		int port = this.smtps.getSmtps().getPort();

		sender(port, new SmtpProperties(SmtpProperties.Security.TLS, USER, PASSWORD, "127.0.0.1"))
			.send(message("tls@example.org"));

		assertThat(this.smtps.getReceivedMessages()).hasSize(1);
		assertThatExceptionOfType(MailException.class)
			.isThrownBy(() -> sender(port, new SmtpProperties(SmtpProperties.Security.TLS, USER, "wrong", "127.0.0.1"))
				.send(message("tls@example.org")));
		assertThatExceptionOfType(MailException.class).as("plain text to a TLS port")
			.isThrownBy(() -> sender(port, new SmtpProperties(SmtpProperties.Security.NONE, null, null, null))
				.send(message("tls@example.org")));
		assertThat(this.smtps.getReceivedMessages()).hasSize(1);
	}

	@Test
	void startTlsWithSignInDeliversAndNeitherPlainTextNorAWrongPasswordGetsThrough() {
		int port = startStartTlsServer();

		sender(port, new SmtpProperties(SmtpProperties.Security.STARTTLS, USER, PASSWORD, "127.0.0.1"))
			.send(message("starttls@example.org"));

		assertThat(this.received).containsExactly("starttls@example.org");
		assertThatExceptionOfType(MailException.class).as("no STARTTLS: the server refuses the sign-in and the mail")
			.isThrownBy(() -> sender(port, new SmtpProperties(SmtpProperties.Security.NONE, USER, PASSWORD, null))
				.send(message("starttls@example.org")));
		assertThatExceptionOfType(MailException.class).isThrownBy(
				() -> sender(port, new SmtpProperties(SmtpProperties.Security.STARTTLS, USER, "wrong", "127.0.0.1"))
					.send(message("starttls@example.org")));
		assertThat(this.received).hasSize(1);
	}

	@Test
	void requiredStartTlsNeverFallsBackToPlainTextWhereTheServerCannotUpgrade() {
		GreenMail plain = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		plain.start();
		try {
			int port = plain.getSmtp().getPort();

			assertThatExceptionOfType(MailException.class).isThrownBy(
					() -> sender(port, new SmtpProperties(SmtpProperties.Security.STARTTLS, null, null, "127.0.0.1"))
						.send(message("plain@example.org")));
			sender(port, new SmtpProperties(SmtpProperties.Security.STARTTLS_OPTIONAL, null, null, "127.0.0.1"))
				.send(message("plain@example.org"));

			assertThat(plain.getReceivedMessages()).as("sent only where upgrading was optional").hasSize(1);
		}
		finally {
			plain.stop();
		}
	}

	@Test
	void aUsernameWithoutItsPasswordIsRefusedAtStartup() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new SmtpProperties(SmtpProperties.Security.STARTTLS, USER, " ", null))
			.withMessageContaining("SMTP_PASSWORD");
	}

	private int startStartTlsServer() {
		int port = freePort();
		this.startTlsServer = SMTPServer.port(port)
			.bindAddress(InetAddress.getLoopbackAddress())
			.hostName("localhost")
			.simpleMessageListener(new SimpleMessageListener() {
				@Override
				public boolean accept(String from, String to) {
					return true;
				}

				@Override
				public void deliver(String from, String to, InputStream data) {
					SmtpSecurityIT.this.received.add(to);
				}
			})
			.enableTLS()
			.requireTLS()
			.startTlsSocketFactory(greenMailsSelfSignedCertificate())
			.requireAuth()
			.authenticationHandlerFactory(new EasyAuthenticationHandlerFactory((username, password, context) -> {
				if (!USER.equals(username) || !PASSWORD.equals(password)) {
					throw new LoginFailedException();
				}
			}))
			.build();
		this.startTlsServer.start();
		return port;
	}

	private static PooledMailSender sender(int port, SmtpProperties smtp) {
		JavaMailSenderImpl settings = new JavaMailSenderImpl();
		settings.setHost("127.0.0.1");
		settings.setPort(port);
		settings.getJavaMailProperties().setProperty("mail.smtp.connectiontimeout", "2000");
		settings.getJavaMailProperties().setProperty("mail.smtp.timeout", "5000");
		smtp.applyTo(settings);
		return new PooledMailSender(settings);
	}

	private static SimpleMailMessage message(String to) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom("no-reply@careflow.local");
		message.setTo(to);
		message.setSubject("Your appointment is booked");
		message.setText("Hello");
		return message;
	}

	/** The key GreenMail serves SMTPS with, for the STARTTLS server too. */
	private static SSLContext greenMailsSelfSignedCertificate() {
		try (InputStream in = GreenMail.class.getClassLoader().getResourceAsStream("greenmail.p12")) {
			KeyStore keys = KeyStore.getInstance("PKCS12");
			keys.load(in, "changeit".toCharArray());
			KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			managers.init(keys, "changeit".toCharArray());
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(managers.getKeyManagers(), null, null);
			return context;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
