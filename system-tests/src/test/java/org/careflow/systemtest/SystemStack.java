package org.careflow.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.careflow.localstack.LocalStack;
import org.careflow.localstack.LocalStackSettings;
import org.careflow.localstack.ReceivedMail;

/**
 * The whole suite, started once per test JVM by the same launcher as {@code ./run.sh},
 * with the run command's settings except that every port is shifted by 10000 (a
 * developer's own stack may be running) and nothing is kept after the run.
 */
final class SystemStack {

	/**
	 * The tests register and book from one address far faster than any clinic would: the
	 * gateway's limits are raised (by their documented variables) so they do not stand in
	 * the way. The limits themselves are tested in the gateway module, with the defaults.
	 */
	static final Map<String, String> RAISED_RATE_LIMITS = Map.of("RATE_LIMIT_REGISTRATION_PER_HOUR", "100000",
			"RATE_LIMIT_REGISTRATION_BURST", "10000", "RATE_LIMIT_ANONYMOUS_PER_SECOND", "10000",
			"RATE_LIMIT_ANONYMOUS_BURST", "10000", "RATE_LIMIT_USER_PER_SECOND", "10000", "RATE_LIMIT_USER_BURST",
			"10000");

	/**
	 * The journeys book a day or more ahead (a slot cannot slip into the past while a
	 * test runs) and then check the patient in: check-in opens three days before the
	 * start instead of one hour. The window itself is tested in appointment-service's
	 * domain.
	 */
	static final Map<String, String> EARLY_CHECK_IN = Map.of("CHECK_IN_OPENS_BEFORE", "3d");

	/**
	 * A missed appointment becomes a no-show as soon as it starts, and each replica looks
	 * for missed appointments, for reschedules interrupted by a crash and for reminders
	 * due every two seconds (the shortest interruption a recovery may assume, 15 s,
	 * stays): the tests that watch these happen wait seconds instead of the production
	 * periods. Every other test books well ahead, so a zero grace changes nothing for
	 * them.
	 */
	static final Map<String, String> FAST_LIFECYCLE = Map.of("NO_SHOW_AFTER", "0s", "NO_SHOW_SWEEP_EVERY", "2s",
			"RESCHEDULE_INTERRUPTED_AFTER", "15s", "RESCHEDULE_RECOVERY_EVERY", "2s", "REMINDER_SWEEP_EVERY", "2s",
			"VISIT_SUMMARY_QUIET_PERIOD", "0s");

	private static SystemStack instance;

	private final LocalStack stack;

	private final Api api;

	private final Clinic clinic;

	private SystemStack(LocalStack stack) {
		this.stack = stack;
		this.api = new Api(stack.gatewayUrl());
		this.clinic = new Clinic(this.api, stack.keycloak(), stack.smtp());
	}

	static synchronized SystemStack get() {
		if (instance == null) {
			LocalStackSettings settings = LocalStackSettings.runCommand(repositoryRoot())
				.withWorkDir(temporaryDirectory())
				.withPortOffset(10000)
				.withPersistentData(false)
				.withEnvironment(environment());
			LocalStack stack = LocalStack.start(settings);
			Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
			instance = new SystemStack(stack);
		}
		return instance;
	}

	private static Map<String, String> environment() {
		Map<String, String> environment = new HashMap<>(RAISED_RATE_LIMITS);
		environment.putAll(EARLY_CHECK_IN);
		environment.putAll(FAST_LIFECYCLE);
		return environment;
	}

	Api api() {
		return this.api;
	}

	Clinic clinic() {
		return this.clinic;
	}

	LocalStack stack() {
		return this.stack;
	}

	void stopService(String module) {
		this.stack.stopService(module);
	}

	void startService(String module) {
		this.stack.startService(module);
	}

	List<String> subjectsTo(String address) {
		return this.stack.smtp().messagesTo(address).stream().map(ReceivedMail::subject).toList();
	}

	List<String> bodiesTo(String address) {
		return this.stack.smtp().messagesTo(address).stream().map(ReceivedMail::body).toList();
	}

	long countSubject(Collection<String> addresses, String subject) {
		return addresses.stream().flatMap(address -> subjectsTo(address).stream()).filter(subject::equals).count();
	}

	/** One service's own port, to show it checks every request itself. */
	Api serviceApi(String module) {
		return new Api(this.stack.serviceUrl(module));
	}

	static Path repositoryRoot() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IllegalStateException("Run the system tests inside the CareFlow repository");
		}
		return dir;
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("careflow-system-test-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
