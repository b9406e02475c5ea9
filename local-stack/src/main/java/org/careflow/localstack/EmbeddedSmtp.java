package org.careflow.localstack;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;

/**
 * A GreenMail SMTP server on 127.0.0.1 that accepts every message without authentication
 * and keeps it in memory, plus a mailbox viewer: {@code GET /} lists the messages as a
 * page, newest first, and {@code GET /api/messages[?to=address]} returns them as JSON.
 */
public final class EmbeddedSmtp implements AutoCloseable {

	private final GreenMail greenMail;

	private final MailboxViewer viewer;

	private EmbeddedSmtp(GreenMail greenMail, int mailboxPort) {
		this.greenMail = greenMail;
		this.viewer = MailboxViewer.start(this, mailboxPort);
	}

	/** Starts the SMTP server and the viewer; port 0 picks a free port for either. */
	public static EmbeddedSmtp start(int smtpPort, int mailboxPort) {
		ServerSetup setup = new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
		if (smtpPort == 0) {
			setup = setup.dynamicPort();
		}
		GreenMail greenMail = new GreenMail(setup)
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		greenMail.start();
		try {
			return new EmbeddedSmtp(greenMail, mailboxPort);
		}
		catch (RuntimeException ex) {
			greenMail.stop();
			throw ex;
		}
	}

	public int smtpPort() {
		return this.greenMail.getSmtp().getPort();
	}

	/** The viewer's base URL, {@code http://localhost:<port>}. */
	public String mailboxUrl() {
		return "http://localhost:" + this.viewer.port();
	}

	/** Every message received so far, one per recipient, newest first. */
	public List<ReceivedMail> messages() {
		ImapHostManager mailboxes = this.greenMail.getManagers().getImapHostManager();
		List<ReceivedMail> result = new ArrayList<>();
		for (GreenMailUser user : users()) {
			for (StoredMessage message : inbox(mailboxes, user)) {
				result.add(toReceivedMail(user.getEmail(), message));
			}
		}
		result.sort(Comparator.comparing(ReceivedMail::receivedAt).reversed());
		return result;
	}

	/**
	 * The messages delivered to one address (case-insensitive), newest first. Reads that
	 * one mailbox only: listing every user would also race with GreenMail adding one.
	 */
	public List<ReceivedMail> messagesTo(String address) {
		GreenMailUser user = this.greenMail.getUserManager().getUserByEmail(address.trim().toLowerCase(Locale.ROOT));
		if (user == null) {
			return List.of();
		}
		ImapHostManager mailboxes = this.greenMail.getManagers().getImapHostManager();
		return inbox(mailboxes, user).stream()
			.map((message) -> toReceivedMail(user.getEmail(), message))
			.sorted(Comparator.comparing(ReceivedMail::receivedAt).reversed())
			.toList();
	}

	/**
	 * Takes the messages delivered to one address out of its mailbox, oldest first. The
	 * server keeps every message in memory (the launcher's heap): a reader that needs
	 * each message once, such as the benchmark with its tens of thousands of
	 * confirmations, takes them so that memory holds only what is not read yet. A message
	 * arriving meanwhile stays for the next call.
	 */
	public List<ReceivedMail> takeMessagesTo(String address) {
		GreenMailUser user = this.greenMail.getUserManager().getUserByEmail(address.trim().toLowerCase(Locale.ROOT));
		if (user == null) {
			return List.of();
		}
		ImapHostManager mailboxes = this.greenMail.getManagers().getImapHostManager();
		List<StoredMessage> taken = inbox(mailboxes, user);
		if (taken.isEmpty()) {
			return List.of();
		}
		List<ReceivedMail> mails = taken.stream().map((message) -> toReceivedMail(user.getEmail(), message)).toList();
		taken.forEach((message) -> message.setFlag(Flags.Flag.DELETED, true));
		expunge(mailboxes, user);
		return mails;
	}

	/**
	 * Waits for a message that matches, since mail is sent asynchronously (after an
	 * event).
	 * @throws IllegalStateException if none arrives in time
	 */
	public ReceivedMail awaitMessage(Predicate<ReceivedMail> matching, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			Optional<ReceivedMail> found = messages().stream().filter(matching).findFirst();
			if (found.isPresent()) {
				return found.get();
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("No matching mail within " + timeout + "; received: " + messages());
			}
			sleep();
		}
	}

	/** Empties every mailbox. */
	public void clear() {
		try {
			this.greenMail.purgeEmailFromAllMailboxes();
		}
		catch (FolderException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.viewer.close();
		this.greenMail.stop();
	}

	/**
	 * GreenMail adds a user for each new recipient while a listing may be iterating: a
	 * listing that met such a change is simply taken again.
	 */
	private List<GreenMailUser> users() {
		while (true) {
			try {
				return new ArrayList<>(this.greenMail.getUserManager().listUser());
			}
			catch (ConcurrentModificationException ex) {
				Thread.onSpinWait();
			}
		}
	}

	/**
	 * A copy of the user's inbox. GreenMail hands out its live list, which a delivery at
	 * the same moment changes under the reader: copied in one step (never iterated), and
	 * taken again if it changed even so.
	 */
	private static List<StoredMessage> inbox(ImapHostManager mailboxes, GreenMailUser user) {
		while (true) {
			try {
				List<StoredMessage> copy = new ArrayList<>(mailboxes.getInbox(user).getMessages());
				copy.removeIf(Objects::isNull);
				return copy;
			}
			catch (FolderException ex) {
				return List.of();
			}
			catch (ConcurrentModificationException ex) {
				Thread.onSpinWait();
			}
		}
	}

	/**
	 * Removes the messages marked deleted; a delivery changing the list meanwhile makes
	 * the removal fail part-way, so it is simply done again.
	 */
	private static void expunge(ImapHostManager mailboxes, GreenMailUser user) {
		while (true) {
			try {
				MailFolder inbox = mailboxes.getInbox(user);
				inbox.expunge();
				return;
			}
			catch (FolderException ex) {
				throw new IllegalStateException(ex);
			}
			catch (ConcurrentModificationException ex) {
				Thread.onSpinWait();
			}
		}
	}

	private static ReceivedMail toReceivedMail(String to, StoredMessage stored) {
		Instant receivedAt = (stored.getReceivedDate() != null) ? stored.getReceivedDate().toInstant() : Instant.EPOCH;
		return ReceivedMail.of(to, stored.getMimeMessage(), receivedAt);
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for mail", ex);
		}
	}

}
