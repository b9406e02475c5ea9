package org.careflow.notification.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.careflow.notification.messages.PooledMailSender;
import org.careflow.testinfra.TestInfrastructure;

import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * What the tests of planned emails need to act as several notification-service replicas:
 * a mail sender each, an SMTP port that refuses, and sweeps started together.
 */
public final class Replicas {

	private Replicas() {
	}

	/**
	 * A replica's mail sender, to the tests' SMTP server (or whatever listens on port).
	 */
	public static PooledMailSender mailSender(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(TestInfrastructure.smtp().host());
		sender.setPort(port);
		sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
		sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
		return new PooledMailSender(sender);
	}

	/** A port nothing listens on: an SMTP server that is down. */
	public static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * Runs the sweeps at the same moment, one thread each.
	 * @return how many emails they sent together
	 */
	@SafeVarargs
	public static int sweepTogether(Callable<Integer>... sweeps) throws Exception {
		CyclicBarrier together = new CyclicBarrier(sweeps.length);
		try (ExecutorService threads = Executors.newFixedThreadPool(sweeps.length)) {
			List<Future<Integer>> sent = new ArrayList<>();
			for (Callable<Integer> sweep : sweeps) {
				sent.add(threads.submit(() -> {
					together.await();
					return sweep.call();
				}));
			}
			int total = 0;
			for (Future<Integer> each : sent) {
				total += each.get();
			}
			return total;
		}
	}

}
