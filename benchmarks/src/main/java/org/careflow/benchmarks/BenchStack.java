package org.careflow.benchmarks;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.careflow.localstack.LocalStack;
import org.careflow.localstack.LocalStackSettings;

/**
 * The suite under test, started as {@code ./run.sh} starts it (same launcher code, same
 * settings and JVM options: {@link LocalStackSettings#runCommand}) except for what
 * {@link Knobs} names: ports shifted, a temporary work dir, no demo data. The data is
 * stored as the run command stores it (MongoDB in an H2 file, Kafka's log on disk), but
 * in that temporary dir, which is deleted afterwards: nothing is kept from one run to the
 * next. (In memory, the 100,000 appointments of I1 would not fit the launcher's heap.)
 * This JVM is the launcher, so Kafka, MongoDB and SMTP run in it as in
 * {@code ./run.sh}'s.
 */
final class BenchStack implements AutoCloseable {

	private final LocalStack stack;

	private final Duration startup;

	private BenchStack(LocalStack stack, Duration startup) {
		this.stack = stack;
		this.startup = startup;
	}

	static BenchStack start(Path repo, Path workDir) {
		LocalStackSettings settings = LocalStackSettings.runCommand(repo)
			.withWorkDir(workDir)
			.withPortOffset(Knobs.PORT_OFFSET)
			.withDemoData(false)
			.withEnvironment(Knobs.environment());
		LocalStack stack = LocalStack.start(settings);
		// from the launcher's launch, as `./run.sh --skip-build` is timed to its banner
		long launched = ManagementFactory.getRuntimeMXBean().getStartTime();
		BenchStack started = new BenchStack(stack, Duration.ofMillis(System.currentTimeMillis() - launched));
		if (!stack.aotTraining().isDone()) {
			Progress.step("First run of this build: waiting for the services' AOT caches to be trained, then "
					+ "restarting each service so it runs as every later start will (with its cache)");
			Progress.detail("the suite's start above was timed without the caches");
			stack.aotTraining().join();
			LocalStackSettings.ALL_SERVICES.forEach(started::restart);
		}
		return started;
	}

	LocalStack stack() {
		return this.stack;
	}

	/** From the launcher JVM's start until every service was ready. */
	Duration startup() {
		return this.startup;
	}

	/**
	 * The gateway's base URL, by address: wrk and the JDK need not guess at localhost.
	 */
	String gatewayUrl() {
		return serviceUrl("gateway");
	}

	String serviceUrl(String module) {
		return "http://127.0.0.1:" + this.stack.ports().servicePort(module);
	}

	/**
	 * Every process of the suite: this launcher JVM (Kafka, MongoDB, SMTP, and the bench
	 * itself), Keycloak (kc.sh and its JVM), each service.
	 */
	List<SuiteProcess> processes() {
		List<SuiteProcess> processes = new ArrayList<>();
		processes
			.add(new SuiteProcess("launcher (Kafka, MongoDB, SMTP, bench)", List.of(ProcessHandle.current().pid())));
		processes.add(new SuiteProcess("Keycloak", tree(this.stack.keycloak().pid())));
		this.stack.servicePids().forEach((module, pid) -> processes.add(new SuiteProcess(module, tree(pid))));
		return processes;
	}

	/**
	 * Stops one service, starts it again and returns the time from its launch until its
	 * {@code /readyz} answers 200, polled every 50 ms (the launcher polls every 500 ms).
	 */
	Duration restart(String module) {
		this.stack.stopService(module);
		long started = System.nanoTime();
		CompletableFuture<Void> starting = CompletableFuture.runAsync(() -> this.stack.startService(module));
		String readyz = serviceUrl(module) + "/readyz";
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		while (!starting.isDone() && status(client, readyz) != 200) {
			Pause.of(Duration.ofMillis(50));
		}
		Duration ready = Duration.ofNanos(System.nanoTime() - started);
		starting.join();
		return ready;
	}

	@Override
	public void close() {
		this.stack.close();
	}

	private static List<Long> tree(long pid) {
		List<Long> pids = new ArrayList<>(List.of(pid));
		ProcessHandle.of(pid).ifPresent((process) -> process.descendants().forEach((child) -> pids.add(child.pid())));
		return pids;
	}

	private static int status(HttpClient client, String url) {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(1)).build();
			return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (java.io.IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

}
