package org.careflow.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Everything one run measured; a workload that did not run stays empty. */
final class Results {

	private final List<LoadResult> loads = new ArrayList<>();

	private EndToEndResult endToEnd;

	private OverloadResult overload;

	private StartResult start;

	private MemoryResult memory;

	private IdleResult idle;

	private double seedingSeconds;

	private double totalSeconds;

	List<LoadResult> loads() {
		return List.copyOf(this.loads);
	}

	Optional<LoadResult> load(String name) {
		return this.loads.stream().filter((load) -> load.name().equals(name)).findFirst();
	}

	/**
	 * R1's requests per second via the gateway over straight to appointment-service, both
	 * at c16.
	 */
	Optional<Double> gatewayOverDirect() {
		return load("R1 gateway c16").flatMap((gateway) -> load("R1 appointment-service c16")
			.map((direct) -> gateway.report().requestsPerSecond() / direct.report().requestsPerSecond()));
	}

	void add(LoadResult load) {
		this.loads.add(load);
	}

	Optional<EndToEndResult> endToEnd() {
		return Optional.ofNullable(this.endToEnd);
	}

	void endToEnd(EndToEndResult endToEnd) {
		this.endToEnd = endToEnd;
	}

	Optional<OverloadResult> overload() {
		return Optional.ofNullable(this.overload);
	}

	void overload(OverloadResult overload) {
		this.overload = overload;
	}

	Optional<StartResult> start() {
		return Optional.ofNullable(this.start);
	}

	void start(StartResult start) {
		this.start = start;
	}

	Optional<MemoryResult> memory() {
		return Optional.ofNullable(this.memory);
	}

	void memory(MemoryResult memory) {
		this.memory = memory;
	}

	Optional<IdleResult> idle() {
		return Optional.ofNullable(this.idle);
	}

	void idle(IdleResult idle) {
		this.idle = idle;
	}

	double seedingSeconds() {
		return this.seedingSeconds;
	}

	void seedingSeconds(double seconds) {
		this.seedingSeconds = seconds;
	}

	double totalSeconds() {
		return this.totalSeconds;
	}

	void totalSeconds(double seconds) {
		this.totalSeconds = seconds;
	}

}
