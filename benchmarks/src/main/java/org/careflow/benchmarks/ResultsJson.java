package org.careflow.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The results as JSON: the run's facts (date, commit, machine, knobs), every workload's
 * details, and the flat {@code figures} that {@code --compare} reads back.
 */
final class ResultsJson {

	private ResultsJson() {
	}

	static void write(Results results, RunInfo info, Path file) {
		ObjectNode root = Api.JSON.createObjectNode();
		root.put("date", info.date().toString());
		root.put("commit", info.commit());
		root.put("localChanges", info.localChanges());
		ObjectNode machine = root.putObject("machine");
		machine.put("cpus", info.cpus());
		machine.put("memoryMiB", info.memoryMib());
		machine.put("cpuModel", info.cpuModel());
		machine.put("loadAverageAtStart", info.loadAverage());
		machine.put("java", info.java());
		ObjectNode options = root.putObject("options");
		options.put("warmup", Durations.format(info.options().warmup()));
		options.put("duration", Durations.format(info.options().duration()));
		options.put("idle", Durations.format(info.options().idle()));
		ArrayNode workloads = options.putArray("workloads");
		for (Workload workload : Workload.values()) {
			if (info.options().runs(workload)) {
				workloads.add(workload.name());
			}
		}
		options.put("wrk", "-t" + WrkRun.THREADS + " --timeout " + WrkRun.TIMEOUT);
		ArrayNode knobs = root.putArray("knobs");
		info.knobs()
			.forEach((knob) -> knobs.addObject()
				.put("where", knob.where())
				.put("setting", knob.setting())
				.put("why", knob.why()));
		ArrayNode loads = root.putArray("loads");
		results.loads().forEach((load) -> load(loads.addObject(), load));
		results.endToEnd().ifPresent((e1) -> endToEnd(root.putObject("E1"), e1));
		results.overload().ifPresent((o1) -> overload(root.putObject("O1"), o1));
		results.start().ifPresent((s1) -> {
			ObjectNode start = root.putObject("S1");
			start.put("suiteSeconds", s1.suite());
			ObjectNode services = start.putObject("serviceAloneSeconds");
			s1.services().forEach(services::put);
		});
		results.memory().ifPresent((m1) -> {
			ObjectNode memory = root.putObject("M1");
			ObjectNode idle = memory.putObject("idleMiB");
			m1.idle().forEach(idle::put);
			ObjectNode afterLoad = memory.putObject("afterLoadMiB");
			m1.afterLoad().forEach(afterLoad::put);
		});
		results.idle().ifPresent((i1) -> {
			ObjectNode idle = root.putObject("I1");
			idle.put("windowSeconds", i1.seconds());
			ObjectNode fresh = idle.putObject("freshCpuSecondsPerMinute");
			i1.fresh().forEach(fresh::put);
			idle.put("storedAppointments", i1.stored());
			ObjectNode withStored = idle.putObject("withStoredCpuSecondsPerMinute");
			i1.withStored().forEach(withStored::put);
		});
		root.put("seedingSeconds", results.seedingSeconds());
		root.put("totalSeconds", results.totalSeconds());
		ObjectNode figures = root.putObject("figures");
		Figures.of(results).forEach(figures::put);
		try {
			Api.JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The figures of an earlier run's JSON. */
	static Map<String, Double> figures(Path file) {
		try {
			JsonNode figures = Api.JSON.readTree(file.toFile()).path("figures");
			Map<String, Double> read = new LinkedHashMap<>();
			figures.properties().forEach((entry) -> read.put(entry.getKey(), entry.getValue().asDouble()));
			return read;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	private static void load(ObjectNode node, LoadResult load) {
		WrkReport report = load.report();
		node.put("name", load.name());
		node.put("workload", load.workload().name());
		node.put("description", load.workload().description());
		node.put("target", load.target());
		node.put("connections", load.connections());
		node.put("requests", report.requests());
		node.put("seconds", report.durationMicros() / 1e6);
		node.put("requestsPerSecond", report.requestsPerSecond());
		node.put("p50Ms", report.p50Micros() / 1000.0);
		node.put("p99Ms", report.p99Micros() / 1000.0);
		node.put("maxMs", report.maxMicros() / 1000.0);
		statuses(node.putObject("statuses"), report.statuses());
		ObjectNode socket = node.putObject("socketErrors");
		socket.put("connect", report.connectErrors());
		socket.put("read", report.readErrors());
		socket.put("write", report.writeErrors());
		socket.put("timeout", report.timeouts());
	}

	private static void endToEnd(ObjectNode node, EndToEndResult e1) {
		node.put("bookingsPerSecond", e1.rate());
		node.put("seconds", e1.seconds());
		node.put("sent", e1.sent());
		statuses(node.putObject("statuses"), e1.statuses());
		node.put("noAnswer", e1.failures());
		percentiles(node.putObject("answerMs"), e1.answerMillis());
		percentiles(node.putObject("emailMs"), e1.emailMillis());
		node.put("emailsMissing", e1.missing());
		node.put("waitedSeconds", e1.waitedSeconds());
	}

	private static void overload(ObjectNode node, OverloadResult o1) {
		load(node.putObject("load"), o1.load());
		statuses(node.putObject("unexpectedStatuses"), o1.unexpectedStatuses());
		node.put("readsAfterPerSecond", o1.recovery().requestsPerSecond());
		node.put("readsAfterP99Ms", o1.recovery().p99Micros() / 1000.0);
		node.put("normalReadsPerSecond", o1.normalReadRate());
		node.put("readsAfterOverNormal", o1.recoveryRatio());
	}

	private static void percentiles(ObjectNode node, Percentiles percentiles) {
		node.put("count", percentiles.count());
		node.put("p50", percentiles.p50());
		node.put("p99", percentiles.p99());
		node.put("max", percentiles.max());
	}

	private static void statuses(ObjectNode node, SortedMap<Integer, Long> statuses) {
		statuses.forEach((status, count) -> node.put(status.toString(), count));
	}

}
