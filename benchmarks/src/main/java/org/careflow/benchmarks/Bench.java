package org.careflow.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.careflow.localstack.LocalStackSettings;

/**
 * One run: starts the suite, seeds it, runs the chosen workloads in a fixed order and
 * stops the suite. Idle figures come first (right after seeding, before any load) and
 * again at the end; memory after load is read before S1 restarts the services.
 */
final class Bench {

	/** E1's rate when W1 did not run in the same run to take half of. */
	static final double DEFAULT_E1_RATE = 10;

	static final Duration E1_DURATION = Duration.ofSeconds(30);

	static final int OVERLOAD_CONNECTIONS = 256;

	static final Duration RECOVERY = Duration.ofSeconds(5);

	static final int STORED_APPOINTMENTS = 100_000;

	/**
	 * How long the bench waits at most for the emails of earlier bookings before it goes
	 * on (and says that the next figures share the machine with the rest). With a 60 s
	 * warm-up W1 books some 13,000 appointments: at ~45 emails/s their emails take about
	 * five minutes, and E1 must not time that backlog.
	 */
	static final Duration EMAIL_BACKLOG = Duration.ofMinutes(10);

	private final BenchOptions options;

	private final Path workDir;

	private final Results results = new Results();

	Bench(BenchOptions options, Path workDir) {
		this.options = options;
		this.workDir = workDir;
	}

	Results run() {
		Progress.step("Starting the suite as ./run.sh does (ports +%d, work dir and logs in %s)", Knobs.PORT_OFFSET,
				this.workDir);
		try (BenchStack stack = BenchStack.start(this.options.repo(), this.workDir)) {
			Progress.detail("ready %.1f s after the launcher JVM started", seconds(stack.startup()));
			measure(stack);
			Progress.step("Stopping the suite");
		}
		return this.results;
	}

	private void measure(BenchStack stack) {
		try (Mailbox mailbox = new Mailbox(stack.stack().smtp())) {
			measure(stack, mailbox);
		}
	}

	private void measure(BenchStack stack, Mailbox mailbox) {
		SeededData data = seed(stack, mailbox);
		List<String> addresses = data.patients().stream().map(Patient::email).toList();
		mailbox.keepTaking(addresses);
		PatientTokens tokens = new PatientTokens(stack.stack().keycloak(), data.patients());
		Loads loads = new Loads(stack, data, tokens, WrkScripts.writeTo(this.workDir), this.workDir,
				this.options.warmup());
		awaitEmails(mailbox, addresses, loads);

		Map<String, Double> freshCpu = Map.of();
		if (this.options.runs(Workload.I1)) {
			Progress.step("I1 idle CPU for %s with the seeded data", Durations.format(this.options.idle()));
			freshCpu = IdleCpu.measure(stack.processes(), this.options.idle());
		}
		Map<String, Long> idleMemory = memory(stack.processes());

		if (this.options.runs(Workload.R1)) {
			Progress.step("R1 GET /api/appointments/{id}");
			this.results.add(loads.readAppointment("gateway", 16, this.options.duration()));
			this.results.add(loads.readAppointment("gateway", 64, this.options.duration()));
			this.results.add(loads.readAppointment("appointment-service", 16, this.options.duration()));
		}
		if (this.options.runs(Workload.R2)) {
			Progress.step("R2 GET /api/slots for a week");
			this.results.add(loads.listSlots(16, this.options.duration()));
		}
		if (this.options.runs(Workload.W1)) {
			Progress.step("W1 POST /api/appointments, each a free slot");
			this.results.add(loads.book(16, this.options.duration()));
			this.results.add(loads.book(64, this.options.duration()));
		}
		if (this.options.runs(Workload.E1)) {
			endToEnd(stack, data, tokens, mailbox, addresses, loads);
		}
		if (this.options.runs(Workload.O1)) {
			overload(loads);
		}
		if (this.options.runs(Workload.M1)) {
			this.results.memory(new MemoryResult(idleMemory, memory(stack.processes())));
		}
		if (this.options.runs(Workload.S1) || this.options.runs(Workload.I1)) {
			awaitEmails(mailbox, addresses, loads);
		}
		if (this.options.runs(Workload.S1)) {
			startTimes(stack);
		}
		if (this.options.runs(Workload.I1)) {
			Progress.step(
					"I1 inserting %,d past appointments straight into MongoDB (%s.%s): through the API "
							+ "it would take too long",
					STORED_APPOINTMENTS, StoredAppointments.DATABASE, StoredAppointments.COLLECTION);
			long started = System.nanoTime();
			StoredAppointments.insert(stack.stack().mongoConnectionString(), data.doctors(), data.patients(),
					STORED_APPOINTMENTS);
			Progress.detail("inserted in %.1f s", (System.nanoTime() - started) / 1e9);
			Progress.step("I1 idle CPU for %s with them stored", Durations.format(this.options.idle()));
			Map<String, Double> storedCpu = IdleCpu.measure(stack.processes(), this.options.idle());
			this.results
				.idle(new IdleResult(this.options.idle().toSeconds(), freshCpu, STORED_APPOINTMENTS, storedCpu));
		}
	}

	private SeededData seed(BenchStack stack, Mailbox mailbox) {
		Progress.step("Seeding through the API: %d doctors with hours, %d patients (registered, email verified), "
				+ "%d appointments each", Knobs.DOCTORS, Knobs.PATIENTS, Knobs.APPOINTMENTS_PER_PATIENT);
		long started = System.nanoTime();
		SeededData data = new Seeder(new Api(stack.gatewayUrl()), stack.stack().keycloak(), mailbox).seed(Knobs.DOCTORS,
				Knobs.PATIENTS, Knobs.APPOINTMENTS_PER_PATIENT);
		this.results.seedingSeconds((System.nanoTime() - started) / 1e9);
		Progress.detail("seeded in %.1f s", this.results.seedingSeconds());
		return data;
	}

	private void endToEnd(BenchStack stack, SeededData data, PatientTokens tokens, Mailbox mailbox,
			List<String> addresses, Loads loads) {
		Optional<LoadResult> w1 = this.results.load("W1 gateway c16");
		double rate = w1.map((load) -> load.report().requestsPerSecond() / 2).orElse(DEFAULT_E1_RATE);
		String rateSource = w1.isPresent() ? "half of W1 c16" : "W1 did not run: a fixed " + DEFAULT_E1_RATE + "/s";
		// earlier bookings' emails first, or E1 would time the backlog rather than one
		// booking
		awaitEmails(mailbox, addresses, loads);
		mailbox.clear();
		loads.emailsCleared();
		Progress.step("E1 bookings at %.1f/s for %d s, then the time to each confirmation email", rate,
				E1_DURATION.toSeconds());
		EndToEndResult e1 = new EndToEnd(stack.gatewayUrl(), data, tokens, mailbox).run(rate, rateSource, E1_DURATION);
		loads.countBooked(e1.statuses().getOrDefault(201, 0L));
		Progress.detail("email p50 %d ms, p99 %d ms, max %d ms; %d missing", e1.emailMillis().p50(),
				e1.emailMillis().p99(), e1.emailMillis().max(), e1.missing());
		this.results.endToEnd(e1);
	}

	private void overload(Loads loads) {
		Progress.step("O1 %d connections booking for %s, then reads at once", OVERLOAD_CONNECTIONS,
				Durations.format(this.options.duration()));
		WrkReport load = loads.bookRightAway("O1-gateway-c" + OVERLOAD_CONNECTIONS, OVERLOAD_CONNECTIONS,
				this.options.duration());
		WrkReport recovery = loads.readRightAway(16, RECOVERY);
		double normal = this.results.load("R1 gateway c16").map((r1) -> r1.report().requestsPerSecond()).orElse(0.0);
		OverloadResult o1 = new OverloadResult(new LoadResult(Workload.O1, "gateway", OVERLOAD_CONNECTIONS, load),
				recovery, normal);
		Progress.detail("%s; reads right after: %.1f req/s", load.errorSummary(), recovery.requestsPerSecond());
		this.results.overload(o1);
	}

	private void startTimes(BenchStack stack) {
		Progress.step("S1 each service stopped and started again alone");
		Map<String, Double> alone = new LinkedHashMap<>();
		for (String module : LocalStackSettings.ALL_SERVICES) {
			double seconds = seconds(stack.restart(module));
			alone.put(module, seconds);
			Progress.detail("%-22s ready in %.1f s", module, seconds);
		}
		this.results.start(new StartResult(seconds(stack.startup()), alone));
	}

	/**
	 * Earlier bookings' emails must be out before the next measurement, or it would share
	 * the machine with them; how fast they go out is printed, as a figure of its own.
	 */
	private void awaitEmails(Mailbox mailbox, List<String> addresses, Loads loads) {
		long started = System.nanoTime();
		long before = mailbox.bookingConfirmations(addresses).size();
		long arrived = mailbox.awaitBookingConfirmations(addresses, loads.booked(), EMAIL_BACKLOG);
		double waited = (System.nanoTime() - started) / 1e9;
		if (arrived < loads.booked()) {
			Progress.detail(
					"only %d of %d booking confirmations arrived within %s (%.1f emails/s): what follows "
							+ "shares the machine with the rest",
					arrived, loads.booked(), Durations.format(EMAIL_BACKLOG), (arrived - before) / waited);
		}
		else if (waited > 2) {
			Progress.detail("waited %.1f s for the last %d of %d booking confirmations (%.1f emails/s)", waited,
					arrived - before, loads.booked(), (arrived - before) / waited);
		}
	}

	private static Map<String, Long> memory(List<SuiteProcess> processes) {
		Map<String, Long> mib = new LinkedHashMap<>();
		processes.forEach((process) -> mib.put(process.name(), process.residentMib()));
		return mib;
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

}
