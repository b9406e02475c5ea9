package org.careflow.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The wrk workloads: what each asks for, with which tokens, and the warm-up before each
 * measured run (same URL and connections; its figures are kept out of the results).
 */
final class Loads {

	/**
	 * Far above what two cores book per second: a booking run is given this many slots
	 * per second of its duration, and says so if it ran out.
	 */
	static final int MAX_BOOKINGS_PER_SECOND = 2000;

	private final BenchStack stack;

	private final SeededData data;

	private final PatientTokens tokens;

	private final WrkScripts scripts;

	private final Path workDir;

	private final Duration warmup;

	private final AtomicLong booked = new AtomicLong();

	Loads(BenchStack stack, SeededData data, PatientTokens tokens, WrkScripts scripts, Path workDir, Duration warmup) {
		this.stack = stack;
		this.data = data;
		this.tokens = tokens;
		this.scripts = scripts;
		this.workDir = workDir;
		this.warmup = warmup;
		this.booked.set(data.appointments().size());
	}

	/**
	 * R1: each seeded appointment read by its own patient, via the gateway or straight at
	 * the service.
	 */
	LoadResult readAppointment(String target, int connections, Duration duration) {
		String url = target.equals("gateway") ? this.stack.gatewayUrl() : this.stack.serviceUrl(target);
		Path requests = appointmentReads();
		return measured(Workload.R1, target, connections, duration, (name, length, tokenFile) -> new WrkRun(name, url,
				connections, length, this.scripts.get(), List.of(requests.toString(), tokenFile.toString())));
	}

	/** R1 for a few seconds, no warm-up: how fast reads are right after the overload. */
	WrkReport readRightAway(int connections, Duration duration) {
		Path tokenFile = this.tokens.writeValidFor(duration, this.workDir.resolve("O1-recovery-tokens.txt"));
		Path requests = appointmentReads();
		return new WrkRun("O1-recovery", this.stack.gatewayUrl(), connections, duration, this.scripts.get(),
				List.of(requests.toString(), tokenFile.toString()))
			.run();
	}

	/** R2: a week of one doctor's free slots, each patient asking about one doctor. */
	LoadResult listSlots(int connections, Duration duration) {
		String from = this.data.slots().firstDay().toString();
		String to = this.data.slots().firstDay().plus(7, ChronoUnit.DAYS).toString();
		List<String> lines = new ArrayList<>();
		for (int patient = 0; patient < this.data.patients().size(); patient++) {
			Doctor doctor = this.data.doctors().get(patient % this.data.doctors().size());
			lines.add("/api/slots?doctorId=" + doctor.id() + "&from=" + from + "&to=" + to + " " + patient);
		}
		Path requests = lines("R2-requests.txt", lines);
		return measured(Workload.R2, "gateway", connections, duration,
				(name, length, tokenFile) -> new WrkRun(name, this.stack.gatewayUrl(), connections, length,
						this.scripts.get(), List.of(requests.toString(), tokenFile.toString())));
	}

	/** W1: bookings via the gateway, each a slot never asked for. */
	LoadResult book(int connections, Duration duration) {
		return measured(Workload.W1, "gateway", connections, duration,
				(name, length, tokenFile) -> bookingRun(name, connections, length, tokenFile));
	}

	/** A booking run without warm-up (the overload). */
	WrkReport bookRightAway(String name, int connections, Duration duration) {
		Path tokenFile = this.tokens.writeValidFor(duration, this.workDir.resolve(name + "-tokens.txt"));
		return run(bookingRun(name, connections, duration, tokenFile));
	}

	/**
	 * Bookings answered 201 so far, seeding included: as many confirmation emails are
	 * due.
	 */
	long booked() {
		return this.booked.get();
	}

	void countBooked(long more) {
		this.booked.addAndGet(more);
	}

	/** The mailboxes were emptied: confirmations are counted afresh from here. */
	void emailsCleared() {
		this.booked.set(0);
	}

	private LoadResult measured(Workload workload, String target, int connections, Duration duration, RunFactory runs) {
		String name = workload + "-" + target + "-c" + connections;
		Path tokenFile = this.tokens.writeValidFor(this.warmup.plus(duration),
				this.workDir.resolve(name + "-tokens.txt"));
		if (!this.warmup.isZero()) {
			run(runs.create(name + "-warmup", this.warmup, tokenFile));
		}
		WrkReport report = run(runs.create(name, duration, tokenFile));
		LoadResult result = new LoadResult(workload, target, connections, report);
		Progress.detail("%-22s %8.1f req/s  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms  %s", result.name(),
				report.requestsPerSecond(), report.p50Micros() / 1000.0, report.p99Micros() / 1000.0,
				report.maxMicros() / 1000.0, report.errorSummary());
		return result;
	}

	/** Runs wrk; for a booking run, moves the slot pool past the slots it took. */
	private WrkReport run(WrkRun run) {
		WrkReport report = run.run();
		if (run.script().equals(this.scripts.book())) {
			this.data.slots().used(report.slotsUsed());
			this.booked.addAndGet(report.count(201));
			if (report.slotsExhausted()) {
				Progress.detail("%s ran out of slots: slots were asked for again (409)", run.name());
			}
		}
		return report;
	}

	private WrkRun bookingRun(String name, int connections, Duration duration, Path tokenFile) {
		Path slots = this.workDir.resolve(name + "-slots.txt");
		this.data.slots()
			.write(slots, Math.max(1, duration.toSeconds()) * MAX_BOOKINGS_PER_SECOND, this.data.patients().size());
		return new WrkRun(name, this.stack.gatewayUrl(), connections, duration, this.scripts.book(),
				List.of(slots.toString(), tokenFile.toString(), Integer.toString(WrkRun.THREADS)));
	}

	private Path appointmentReads() {
		return lines("R1-requests.txt",
				this.data.appointments()
					.stream()
					.map((appointment) -> "/api/appointments/" + appointment.id() + " " + appointment.patient())
					.toList());
	}

	private Path lines(String file, List<String> lines) {
		try {
			return Files.write(this.workDir.resolve(file), lines);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A wrk run of one workload, for the warm-up or the measurement. */
	@FunctionalInterface
	private interface RunFactory {

		WrkRun create(String name, Duration duration, Path tokenFile);

	}

}
