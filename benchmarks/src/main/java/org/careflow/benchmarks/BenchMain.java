package org.careflow.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The benchmark command's entry point ({@code ./bench.sh} runs this jar with the run
 * command's launcher JVM options): runs the chosen workloads, prints the table, writes
 * {@code <out>/<yyyyMMdd-HHmmss>.json} and {@code .png}, and compares with an earlier run
 * when asked.
 */
public final class BenchMain {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private BenchMain() {
	}

	public static void main(String[] args) throws IOException {
		BenchOptions options;
		try {
			options = BenchOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.print(BenchOptions.USAGE);
			System.exit(2);
			return;
		}
		long started = System.nanoTime();
		Path workDir = Files.createTempDirectory("careflow-bench-");
		BenchLogging.configure(workDir.resolve("logs"));
		RunInfo info = RunInfo.collect(options);
		printKnobs(info);
		Results results;
		try {
			results = new Bench(options, workDir).run();
		}
		catch (RuntimeException ex) {
			System.err.println("The benchmark failed:");
			ex.printStackTrace();
			System.err.println("Logs and wrk's output are kept in " + workDir);
			System.exit(1);
			return;
		}
		results.totalSeconds((System.nanoTime() - started) / 1e9);
		ResultsTable.print(results, info, System.out);
		Path json = write(results, info, options.outDir());
		options.compare()
			.ifPresent((earlier) -> Comparison.print(earlier.toString(), ResultsJson.figures(earlier),
					Figures.of(results), System.out));
		System.out.printf("%nResults: %s and %s%n", json,
				json.resolveSibling(json.getFileName().toString().replace(".json", ".png")));
		deleteQuietly(workDir);
		// Kafka's and the HTTP clients' threads must not keep the JVM up once the suite
		// is stopped
		System.exit(0);
	}

	private static void printKnobs(RunInfo info) {
		Progress.step("Knobs (everything else is the run command's default):");
		info.knobs().forEach((knob) -> Progress.detail("%-20s %s%n      %s", knob.where(), knob.setting(), knob.why()));
	}

	private static Path write(Results results, RunInfo info, Path outDir) throws IOException {
		String stamp = LocalDateTime.ofInstant(info.date(), ZoneId.systemDefault()).format(STAMP);
		Path json = Files.createDirectories(outDir).resolve(stamp + ".json");
		ResultsJson.write(results, info, json);
		Chart.draw(results, info, outDir.resolve(stamp + ".png"));
		return json;
	}

	private static void deleteQuietly(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			System.err.println("Could not delete " + dir + ": " + ex.getMessage());
		}
	}

}
