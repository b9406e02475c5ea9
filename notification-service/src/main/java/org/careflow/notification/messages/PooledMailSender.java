package org.careflow.notification.messages;

import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMailMessage;

/**
 * Sends mail over SMTP connections that stay open between emails, with the settings of
 * the given {@link JavaMailSenderImpl} (host, port, credentials, timeouts).
 * <p>
 * Spring's sender opens a connection per email: connect, greeting, EHLO, and QUIT around
 * every message. Against the local stack's SMTP server that capped a consumer thread at
 * about 20 emails a second, whatever the rest cost; over a kept connection the same
 * server takes thousands. A connection is used by one sender at a time, goes back to the
 * pool after a send, and is dropped when it failed or sat idle longer than
 * {@link #MAX_IDLE} (servers close idle clients). A send on a pooled connection that
 * fails is tried once more on a new one: a server that closed the connection meanwhile
 * costs no retry of the event.
 * <p>
 * Deliberately not a {@code MailSender}: Spring Boot configures its own sender only while
 * no bean of that type exists, and this one takes its settings from it.
 */
public class PooledMailSender implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(PooledMailSender.class);

	/** Well below the idle timeouts of common SMTP servers (Postfix: 300 s). */
	static final Duration MAX_IDLE = Duration.ofSeconds(30);

	/** Idle connections kept; more senders at once may open more, closed after use. */
	private static final int MAX_POOLED = 8;

	private final JavaMailSenderImpl settings;

	private final BlockingDeque<Connection> idle = new LinkedBlockingDeque<>(MAX_POOLED);

	private final AtomicLong opened = new AtomicLong();

	public PooledMailSender(JavaMailSenderImpl settings) {
		this.settings = settings;
	}

	/**
	 * Sends the emails, each on a pooled connection.
	 * @throws MailSendException naming the emails the SMTP server did not accept
	 */
	public void send(SimpleMailMessage... simpleMessages) throws MailException {
		MimeMessage[] messages = new MimeMessage[simpleMessages.length];
		for (int i = 0; i < simpleMessages.length; i++) {
			MimeMailMessage message = new MimeMailMessage(this.settings.createMimeMessage());
			simpleMessages[i].copyTo(message);
			messages[i] = message.getMimeMessage();
		}
		sendAll(messages);
	}

	/** A new message with this sender's session, for {@link #send(MimeMessage...)}. */
	public MimeMessage createMimeMessage() {
		return this.settings.createMimeMessage();
	}

	/**
	 * Sends prepared MIME messages (e.g. with attachments), each on a pooled connection.
	 * @throws MailSendException naming the emails the SMTP server did not accept
	 */
	public void send(MimeMessage... messages) throws MailException {
		sendAll(messages);
	}

	private void sendAll(MimeMessage... messages) {
		Map<Object, Exception> failures = new LinkedHashMap<>();
		for (MimeMessage message : messages) {
			try {
				prepare(message);
				sendOne(message);
			}
			catch (MessagingException | IllegalStateException ex) {
				failures.put(message, ex);
			}
		}
		if (!failures.isEmpty()) {
			throw new MailSendException(failures);
		}
	}

	private static void prepare(MimeMessage message) {
		try {
			if (message.getSentDate() == null) {
				message.setSentDate(new Date());
			}
			message.saveChanges();
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex);
		}
	}

	private void sendOne(MimeMessage message) throws MessagingException {
		Connection pooled = takeIdle();
		if (pooled != null) {
			try {
				pooled.transport().sendMessage(message, message.getAllRecipients());
				giveBack(pooled.transport());
				return;
			}
			catch (MessagingException | IllegalStateException ex) {
				log.debug("Pooled SMTP connection failed ({}); sending on a new one", ex.toString());
				closeQuietly(pooled.transport());
			}
		}
		Transport fresh = connect();
		try {
			fresh.sendMessage(message, message.getAllRecipients());
		}
		catch (MessagingException | RuntimeException ex) {
			closeQuietly(fresh);
			throw ex;
		}
		giveBack(fresh);
	}

	/**
	 * The most recently used idle connection, or null; stale ones are closed on the way.
	 */
	private Connection takeIdle() {
		Connection connection;
		while ((connection = this.idle.pollFirst()) != null) {
			if (System.nanoTime() - connection.idleSinceNanos() < MAX_IDLE.toNanos()) {
				return connection;
			}
			closeQuietly(connection.transport());
		}
		return null;
	}

	private void giveBack(Transport transport) {
		if (!this.idle.offerFirst(new Connection(transport, System.nanoTime()))) {
			closeQuietly(transport);
		}
	}

	private Transport connect() throws MessagingException {
		Session session = this.settings.getSession();
		String protocol = (this.settings.getProtocol() != null) ? this.settings.getProtocol()
				: session.getProperty("mail.transport.protocol");
		Transport transport = session.getTransport((protocol != null) ? protocol : "smtp");
		transport.connect(this.settings.getHost(), this.settings.getPort(), this.settings.getUsername(),
				this.settings.getPassword());
		this.opened.incrementAndGet();
		return transport;
	}

	/** Connections opened so far: tells a test whether connections were reused. */
	long connectionsOpened() {
		return this.opened.get();
	}

	@Override
	public void close() {
		Connection connection;
		while ((connection = this.idle.pollFirst()) != null) {
			closeQuietly(connection.transport());
		}
	}

	private static void closeQuietly(Transport transport) {
		try {
			transport.close();
		}
		catch (MessagingException ex) {
			log.debug("Closing an SMTP connection failed: {}", ex.toString());
		}
	}

	private record Connection(Transport transport, long idleSinceNanos) {
	}

}
