package org.careflow.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a run measures and for how long.
 *
 * @param repo the repository (service jars, git commit)
 * @param warmup load before each measured wrk run, same URL and connections
 * @param duration each measured wrk run
 * @param idle each idle-CPU window
 * @param workloads which workloads to run
 * @param outDir where the JSON and the chart go
 * @param compare an earlier run's JSON to print ratios against
 */
record BenchOptions(Path repo, Duration warmup, Duration duration, Duration idle, Set<Workload> workloads, Path outDir,
		Optional<Path> compare) {

	static final String USAGE = """
			Usage: ./bench.sh [--skip-build] [options]
			  --warmup=10s        load before each measured run (same URL and connections); 60s for the peer comparison
			  --duration=20s      each measured run
			  --idle=60s          each idle-CPU window (I1)
			  --workloads=LIST    some of R1,R2,W1,E1,O1,S1,M1,I1 (default: all)
			  --out=DIR           where results go (default: bench-results/)
			  --compare=FILE      print each figure's ratio to an earlier run's JSON
			  --repo=DIR          the repository (default: found from the current directory)
			""";

	/**
	 * Tokens live 5 minutes; one is taken fresh before each workload, so one workload
	 * (warm-up and measured run) must end well within that.
	 */
	static final Duration LONGEST_WORKLOAD = Duration.ofMinutes(4);

	BenchOptions {
		workloads = Set.copyOf(workloads);
		if (warmup.plus(duration).compareTo(LONGEST_WORKLOAD) > 0) {
			throw new IllegalArgumentException("--warmup plus --duration must stay within "
					+ LONGEST_WORKLOAD.toMinutes() + " minutes: access tokens live 5 minutes");
		}
		if (duration.isZero() || idle.isZero()) {
			throw new IllegalArgumentException("--duration and --idle must be positive");
		}
	}

	static BenchOptions parse(String... args) {
		Path repo = null;
		Duration warmup = Duration.ofSeconds(10);
		Duration duration = Duration.ofSeconds(20);
		Duration idle = Duration.ofSeconds(60);
		Set<Workload> workloads = EnumSet.allOf(Workload.class);
		Path out = null;
		Path compare = null;
		for (String arg : args) {
			int equals = arg.indexOf('=');
			String name = (equals > 0) ? arg.substring(0, equals) : arg;
			String value = (equals > 0) ? arg.substring(equals + 1) : "";
			switch (name) {
				case "--repo" -> repo = Path.of(value);
				case "--warmup" -> warmup = Durations.parse(value);
				case "--duration" -> duration = Durations.parse(value);
				case "--idle" -> idle = Durations.parse(value);
				case "--workloads" -> workloads = workloads(value);
				case "--out" -> out = Path.of(value);
				case "--compare" -> compare = Path.of(value);
				default -> throw new IllegalArgumentException("Unknown option: " + arg);
			}
		}
		Path root = (repo != null) ? repo.toAbsolutePath().normalize() : findRepository();
		Path outDir = (out != null) ? out.toAbsolutePath().normalize() : root.resolve("bench-results");
		return new BenchOptions(root, warmup, duration, idle, workloads, outDir, Optional.ofNullable(compare));
	}

	boolean runs(Workload workload) {
		return this.workloads.contains(workload);
	}

	private static Set<Workload> workloads(String list) {
		Set<Workload> chosen = EnumSet.noneOf(Workload.class);
		for (String name : list.split(",")) {
			if (name.isBlank()) {
				continue;
			}
			try {
				chosen.add(Workload.valueOf(name.trim().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(
						"Unknown workload '" + name.trim() + "'; there are " + Arrays.toString(Workload.values()));
			}
		}
		if (chosen.isEmpty()) {
			throw new IllegalArgumentException("--workloads names no workload");
		}
		return chosen;
	}

	private static Path findRepository() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("local-stack/pom.xml"))) {
				return dir;
			}
		}
		throw new IllegalArgumentException("Run this from the CareFlow repository, or pass --repo=DIR");
	}

}
